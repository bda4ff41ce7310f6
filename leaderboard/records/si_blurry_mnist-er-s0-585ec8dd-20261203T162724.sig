{
 "schema": "clbench.signature/1",
 "record": "si_blurry_mnist-er-s0-585ec8dd-20261203T162724",
 "hash": "e4f11e5109780b1abb08523508635670834c454ba8b5d7433c759e05477fcaf4",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T16:49:12+00:00",
 "signature": "U02ELupj1Jvik3w59JBHbrgUa5S8izyzVWjFYGo/q1cTEf+Klhgwxv4JhByQ4j7XDPqEjuYZNQyxWuava8SUBQ=="
}
