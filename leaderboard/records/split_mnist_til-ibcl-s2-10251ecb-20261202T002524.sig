{
 "schema": "clbench.signature/1",
 "record": "split_mnist_til-ibcl-s2-10251ecb-20261202T002524",
 "hash": "7148e15f86d93eaba18f18cc265062d82a7013a81063f0c1612cbcde9bf5fc04",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-02T01:39:19+00:00",
 "signature": "y4OdFkqtDDCrCw2LPIBr1ysqF0xEMGbN8irxdJSnk2XEht8io/BMWZLm+PaFIDDv3+BJ2MygabG+vqw+U5L7BQ=="
}
