{
 "schema": "clbench.signature/1",
 "record": "permuted_mnist_til-dst-s2-dffc69cb-20261203T165109",
 "hash": "1c39049695e6c622a45958690671f2f9f5b0686e3bf7e96a3df55ccad2cd2d55",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T17:12:51+00:00",
 "signature": "XSBwNxnecnQy4kyMYsfPCpGhD8cO60ma5hdBb7CuoYkVb6773SX0sXk9q1reMAcA5DIymkhXBW5d5jQPmZAHCQ=="
}
