{
 "schema": "clbench.signature/1",
 "record": "permuted_mnist-replay-s1-670218fc-20261203T190636",
 "hash": "520e83529c3ae8ba651fc153ae4e3da206bd2df8883deb25010b575f08c7f524",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T19:49:42+00:00",
 "signature": "qDlG+87N4zmZ9E8Ma6Iqr4slVBzB5oKlMSTcd9VTwEj2YVLdtz7IQ0eO3+f1hwmsh8BmhnMdNms4EGE2BTb7Bg=="
}
