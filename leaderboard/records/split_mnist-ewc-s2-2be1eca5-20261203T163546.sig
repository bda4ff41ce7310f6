{
 "schema": "clbench.signature/1",
 "record": "split_mnist-ewc-s2-2be1eca5-20261203T163546",
 "hash": "522e2a5439bfa65308e94615e02faf0d553734d4d2b57b3e8edf24fdc695fcfa",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T17:13:01+00:00",
 "signature": "5OuQhZSxOKAFCx/qaVJZCcAsIJcw2UfDFzQUK6kf7D/faspPsqmVpp8ziGAg/RNxHjYVCzIceUp4GETzxs9zBg=="
}
