{
 "schema": "clbench.signature/1",
 "record": "binary_split_mnist-finetune-s2-42a78db6-20261122T105021",
 "hash": "d88c5ece30d6f39ffd472c6e3a8302cfda95fc7d8eb74c92e1e8cff314ea5b23",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-01T21:55:02+00:00",
 "signature": "Ce1hWwRYfOvYXjLk2jcNjnUmCq4jdTxLt2/EpoOiU6wM70jUG0EbwMH3M06p3w6Gjbm8fEavqmOdAAb2GZ81Bw=="
}
