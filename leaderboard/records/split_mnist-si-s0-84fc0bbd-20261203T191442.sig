{
 "schema": "clbench.signature/1",
 "record": "split_mnist-si-s0-84fc0bbd-20261203T191442",
 "hash": "a43a910f65067d7d036c51ae1fa5e0fe14eafc6bee4c027c1aa7c9df62d07c82",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T19:50:06+00:00",
 "signature": "2WQpx7wz6+N1vwAnW8pau9mfKhte4FlmiT2qKEm5ZK1ZsKlgyimSAhyLH8eZ8/iNxNN4rezEuFCG3RL9HsHqAg=="
}
