{
 "schema": "clbench.signature/1",
 "record": "permuted_mnist-agem-s2-66e33a0d-20261203T170619",
 "hash": "292d049edd5d495a8cc0490ffb3a45e8957d077df6a1f8421df7c5ae8a93f7f6",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T17:12:44+00:00",
 "signature": "7zcJpCwGra7vQ/NgJlDxRfmodFsV31TTe9BCYHdiTtITKvord2gjV7I8VLsKoj0oKYX0dOa1h0rXcOko0l8fBA=="
}
