{
 "schema": "clbench.signature/1",
 "record": "split_animal_mnist-mos-s2-e1efbeab-20261203T171922",
 "hash": "117147532e844492a31263f4c8e7044d9cd992789e77c6098f28a2737b14ee16",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T17:35:44+00:00",
 "signature": "vFaWkfMnwP+o/xZ3U6VoIoiSldCXbNwaft9kDaIN6WtNxjGYfFYVFdKiji/BzKhkc3awVNfKZcbqi9BKas31Ag=="
}
