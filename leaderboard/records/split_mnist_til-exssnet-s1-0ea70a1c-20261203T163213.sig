{
 "schema": "clbench.signature/1",
 "record": "split_mnist_til-exssnet-s1-0ea70a1c-20261203T163213",
 "hash": "17df95dd1c55a9c095522242df6345319f0d4678378c55259966cde3629524e9",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T16:49:23+00:00",
 "signature": "GfDaUTjQaJGUEaDDsSVPIf8sOflZc6yWJP5Wtnwn+gQZKG7hDeDzJzZ8SEHpC/mMUm+ORYybXrCniGx5GIVsBQ=="
}
