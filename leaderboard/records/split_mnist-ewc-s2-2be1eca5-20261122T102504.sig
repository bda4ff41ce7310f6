{
 "schema": "clbench.signature/1",
 "record": "split_mnist-ewc-s2-2be1eca5-20261122T102504",
 "hash": "cb8e4a2a97fe72318b0d0dc9ffafffcd8920fb2c3f5c9c2c1651a623739ee5af",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-01T21:55:03+00:00",
 "signature": "l07UcDY0AmkA/zhrucwHvdmLt5tupb9f5Ep+LjbpDIPcQOrgoHM4W4KKUkBLGq7qCrz1j+ixdUt75GGKP5Z6DQ=="
}
