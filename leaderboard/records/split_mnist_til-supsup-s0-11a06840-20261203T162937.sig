{
 "schema": "clbench.signature/1",
 "record": "split_mnist_til-supsup-s0-11a06840-20261203T162937",
 "hash": "b5546f06bd93f6e59983e349a1b9fae0e2f44b23990d4c6d3b3756802ff1e731",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T16:49:24+00:00",
 "signature": "SKf2EPfjDHk1r5EDfIEYqFGuCXoInlDyfPietwG4frahlTTIrDBxTwb+xLra4DTOSqMGS0tMerUtEZDbYZYACA=="
}
