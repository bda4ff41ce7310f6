{
 "schema": "clbench.signature/1",
 "record": "cir_mnist-joint-s1-3f419d76-20261202T080629",
 "hash": "64b3708b8bf6bb424a563dfd8001060fba7922020327fd8c6d2b5af5522a81f7",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-02T10:12:34+00:00",
 "signature": "YVHF3LL48y2ErSRfYOhcD9Gf+rG4vsXiU8d8o5ImLXVrZokyuHTwugiDocqvC0/q389pe+g8ET5wHl/NBjnvBw=="
}
