{
 "schema": "clbench.signature/1",
 "record": "split_mnist-der-s2-644bf55f-20261203T190828",
 "hash": "09b18614ffc4fa1bd2ee68180da678b6a5702409504b83e2955e88aa50d6eb70",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T19:49:58+00:00",
 "signature": "ffVVcRibySaPDJ7uQLoZUIe9Q+BPgIzBVQbY9JVu3Y9ay+RCzsE/+HBhcsSBTt4/YJCV4uq0Cj9xdmflt0v7Bg=="
}
