{
 "schema": "clbench.signature/1",
 "record": "binary_split_mnist-hnet_rnn-s2-8668e813-20261203T165047",
 "hash": "43fb92bb094e87f1adcb551fdda567ab272f27ef62957a5c3f67c2e044e8ded4",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T17:12:41+00:00",
 "signature": "a6+TNBo1kya+A5rGXiJc4o1G2L3k/JdlHalIKb1ebGrt/cUUhEw35NFscadMVQu80ZuLGWy2NhShzwO/JYEfDw=="
}
