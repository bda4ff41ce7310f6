{
 "schema": "clbench.signature/1",
 "record": "split_mnist-er-s2-c6c5676b-20261201T203833",
 "hash": "b74a5c1f7d7ca78fc7d1d50941fcd0cd8a0fc008389636cb3ae07b726d1e9bb0",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-01T21:55:03+00:00",
 "signature": "DRCvJ7TaH2fterk6PcW3ytLXyovW4c2rlaFJ+nbpt8M42zmKJr4w1oxhAyGK4vb3W9rUEg7z4SIYySrn3roUCA=="
}
