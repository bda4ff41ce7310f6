{
 "schema": "clbench.signature/1",
 "record": "split_animal_mnist-naive-s0-30f82240-20261203T184614",
 "hash": "ebcbd7732147c76dd8740080f8ef96f74fb25959bb64b753564f1b74ffd64d24",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T19:49:53+00:00",
 "signature": "ZAirx6qeljDQWIJseplcj7hCrdUjD7mJoeZ+oQucxhx9IuesG5atpYr56/aLZ6h1xnQNy6f+GjutO0WCF8aTBA=="
}
