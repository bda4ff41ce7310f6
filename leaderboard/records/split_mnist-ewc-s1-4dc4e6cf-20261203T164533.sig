{
 "schema": "clbench.signature/1",
 "record": "split_mnist-ewc-s1-4dc4e6cf-20261203T164533",
 "hash": "3f12a69e5d42db16d084c5b41c7f20e6d93dd314bf7bf87adffefdffe1e46b10",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T17:13:01+00:00",
 "signature": "KWzbK7UPAerttKnIy8zKeB58tkoXB0oGQURBVB934MhHa+sdbuJlPNgsUv/qVzSj2s0+HESTbJs5BivhSyP0Dw=="
}
