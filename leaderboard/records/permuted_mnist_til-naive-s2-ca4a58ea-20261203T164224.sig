{
 "schema": "clbench.signature/1",
 "record": "permuted_mnist_til-naive-s2-ca4a58ea-20261203T164224",
 "hash": "7ad996b9ec2e8f6ad64bfebea7f8e76646beafde1b21173f52030d2bf0a1e36f",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T17:12:55+00:00",
 "signature": "L6JUoJlywbofOK37s3nFztktUMxLChG36nDTMcIhIWHZyDeyRQW/4RFzawUUag8pdbwPdGS0RUYWWWoVTP8IBA=="
}
