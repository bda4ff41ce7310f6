{
 "schema": "clbench.signature/1",
 "record": "split_mnist_til-ibcl-s2-10486917-20261203T192306",
 "hash": "9902e34be0f62a75a61295864f7dd0f712e57a517dad08961112334a18aea090",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T19:50:11+00:00",
 "signature": "/vPGj+xDeE7OvXMCPmG9zBJbL9GnnENJg2hdWK1ejcrvTzhp0p8MIUY+ebZhUiQExxv7W/BaVj/OHhKRiW6sAw=="
}
