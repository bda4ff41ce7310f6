{
 "schema": "clbench.signature/1",
 "record": "split_mnist-mos-s2-8e0ba35a-20261122T112829",
 "hash": "16f3435c1e5cb363b051000aba49479f60a3f142e275dc87aebe100a94060b3c",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-01T20:18:12+00:00",
 "signature": "5kdQEN84NkHWp5P3dhAKndWjpgsgXBMGTLkmP7jCb5SDI4rc+jqR0euwaAVZlRZkVUDr+JhyhpVV322KJj5LAw=="
}
