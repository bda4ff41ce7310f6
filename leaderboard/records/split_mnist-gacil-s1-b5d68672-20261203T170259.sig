{
 "schema": "clbench.signature/1",
 "record": "split_mnist-gacil-s1-b5d68672-20261203T170259",
 "hash": "50b79df5c6e3abc58eebbdb0d4c5b93bddb958879165c337ba686eecee2444ee",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T17:13:02+00:00",
 "signature": "42jG/Cs/+j8Vw1U/2rdfn3qOe8jAbU6eS+RVZKtxHpyOxacw0zb7Lpm8+uBVrBdzr2RtJO4Da/InjakuaBgdBg=="
}
