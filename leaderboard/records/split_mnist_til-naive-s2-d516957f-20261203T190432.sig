{
 "schema": "clbench.signature/1",
 "record": "split_mnist_til-naive-s2-d516957f-20261203T190432",
 "hash": "1343b57800959046a525014dafda00e8c50823f74c891db7758eeffe3e6f0856",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T19:50:13+00:00",
 "signature": "KX2zV7Wii7JCM6ajSspO2SThSd+v9lrY8TudI8BTYTvofbbBmh5ZtteAGlrHahls7csmSWhA70AbdWT9yhXBAQ=="
}
