{
 "schema": "clbench.signature/1",
 "record": "split_animal_mnist-finetune-s2-6a2a7391-20261122T105014",
 "hash": "fa82fb198a5da3ab2d2bb9e6b65ba1bf37b1e8ef9d32fb5556693796f76b20c0",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-01T21:55:03+00:00",
 "signature": "6CUS7TjNGmcB2QbOqmiV3VSI0meX0IpQitNTqIPSQUBUExUd5sitSCgoIAGrBeRipvogHtj6yctyNy8f2FuRCQ=="
}
