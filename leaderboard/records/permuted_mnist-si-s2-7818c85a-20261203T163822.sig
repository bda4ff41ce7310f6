{
 "schema": "clbench.signature/1",
 "record": "permuted_mnist-si-s2-7818c85a-20261203T163822",
 "hash": "bd86ca798428f860bd65e74c545ae6930e972d7f5fb9bfdf4754f199859a7820",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T17:12:49+00:00",
 "signature": "e3C3lH9Z4Nj6ls2vYKovd8jZsBvSBlUP737qhRw21vtRyADVVlWLn/m4ptw6S+YKP6OqgBYk8H93EOqzXno4CQ=="
}
