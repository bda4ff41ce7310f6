{
 "schema": "clbench.signature/1",
 "record": "split_mnist-der-s1-6ca2e910-20261203T162537",
 "hash": "a92c6c1c918eeb980bc128ef55aecb384ff114c202220662eda3d72f1ae5514b",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T17:13:00+00:00",
 "signature": "7M9TE+dkRrsPRCqh0agWz+6nVNw6YrsGzNrBfB05bkZn5rVqDKuVzn7mlwQ+fbEI6zUHkO54Fs3X/tW0W4QaBA=="
}
