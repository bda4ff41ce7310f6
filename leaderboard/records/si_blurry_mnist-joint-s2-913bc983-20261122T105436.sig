{
 "schema": "clbench.signature/1",
 "record": "si_blurry_mnist-joint-s2-913bc983-20261122T105436",
 "hash": "fb21a817e36adc22a1e6c13f0bf883ac3c240aea5b41165b030023e1fbdba47a",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-01T20:18:11+00:00",
 "signature": "12QDOql+/1gppzhUKZvkW+RZxRrW1wRTAMMaSD+WZWFGt9MaYGBLckpc/ZPZqggbTxqQtltTVGNsWOOTCBH8DA=="
}
