{
 "schema": "clbench.signature/1",
 "record": "permuted_mnist_til-gem-s1-15464d9b-20261203T193219",
 "hash": "d335492f4cc95db5236c33776d6e8970e02c69e1e41001c35698c363721483ed",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T19:49:46+00:00",
 "signature": "OIbIGU/ZBAP93HwBxxRzy00EGcvvsC3B14G6zvr82qRpD4IZ2qcDVZs5WXu69pd4efYspcLV9KJLqIrhG8Z0Bg=="
}
