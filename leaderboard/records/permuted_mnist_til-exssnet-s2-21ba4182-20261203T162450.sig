{
 "schema": "clbench.signature/1",
 "record": "permuted_mnist_til-exssnet-s2-21ba4182-20261203T162450",
 "hash": "a6bafeb0a3d307283b7250cb9f0fb1419bb77c0827e59e48799b08e8e7906380",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T16:49:10+00:00",
 "signature": "VVBgpJOCctEO3JrJgGbBZcC44d9+HEkHrTM/IrwzSgNOZyAp18MsjQBgxe2SXyqgKExEFvXm4cWdxkAmpg1/Dg=="
}
