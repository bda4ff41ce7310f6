{
 "schema": "clbench.signature/1",
 "record": "cir_mnist-er-s1-e4c3f326-20261202T075842",
 "hash": "bc39f53b2b1c7dfcc586908a12f7905394c77f970246a92ec6237614becb93a7",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-02T10:12:31+00:00",
 "signature": "CkS+YX616HhL+YiPceRywP4Bl65ehqXHbaNgRTusHOwu6vCC970BMf1/6vOhogWtshT6jDbJcz3JUkw80j1zAA=="
}
