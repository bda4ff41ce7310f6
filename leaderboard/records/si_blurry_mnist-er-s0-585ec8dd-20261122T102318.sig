{
 "schema": "clbench.signature/1",
 "record": "si_blurry_mnist-er-s0-585ec8dd-20261122T102318",
 "hash": "cb186edb46e389ef951177f20fd773130e64cb335643e675eee3d8a563ce3e47",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-01T20:18:11+00:00",
 "signature": "rGXmXyMvhUxaH9fGpXADNns2QeBRx/IasuOyDoAOURo6OlSPH95d+QCrKwfhNGtC6MeHMKYacTyGLYxUy8RWBw=="
}
