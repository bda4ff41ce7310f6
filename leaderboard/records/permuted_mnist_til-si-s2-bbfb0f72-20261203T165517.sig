{
 "schema": "clbench.signature/1",
 "record": "permuted_mnist_til-si-s2-bbfb0f72-20261203T165517",
 "hash": "0de22f2f99132a35e901c92923c9f43540e8eb40e79c9a47ba9b0a1c6b7c854d",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T17:12:56+00:00",
 "signature": "SjLSkcxmxnfGEOZTm9AOMGCWAB3ziUZ2cn7CTEBhY7+jmpL5cDUjBj8PxhXu9/RmtIr8uBX4ee13vUUpw49bBA=="
}
