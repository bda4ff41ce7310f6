{
 "schema": "clbench.signature/1",
 "record": "split_animal_mnist-gdumb-s1-a6cb0fc9-20261203T084458",
 "hash": "f9c43565acf9f3708fed53d1366f87b2e55f8d9e1d4f2cfde4ced73198696dde",
 "alg": "ed25519",
 "key_id": "2c38c21576235c14",
 "signed_at": "2026-12-03T12:39:37+00:00",
 "signature": "LLtEnUr+GutSICGvljL9hKuPTdIwiAG/7lEsQspSnrxdTv2GKKXJMq3EPVrPm2GacN3fwqojdRnGzcGUT9BIDw=="
}
