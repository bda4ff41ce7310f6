{
 "schema": "clbench.signature/1",
 "record": "split_mnist_til-ibcl-s0-71cc5bf0-20261203T190733",
 "hash": "177c5921af3c48fcc2675e976ce17419a36f2001d37c911ca840fefb6bf0b3a7",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T19:50:10+00:00",
 "signature": "Ex/nDuknx2Bbv92LSF7PG9DxZh+AQtnWVmrTgqi2x+6Qef+LQrWCqbnjjdoc7GDvd91t7uRaNv1VPx3NX0LCBA=="
}
