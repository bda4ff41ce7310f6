{
 "schema": "clbench.signature/1",
 "record": "split_mnist-probe_joint-s0-3cd4f442-20261201T200617",
 "hash": "319f6ffd7e704035c95c6e5db82a07241663ce1ad988e74a8451d5d15c92e8d2",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-01T21:55:04+00:00",
 "signature": "1jKZ7hApHGQI5HL34xRhoc26vJqYAl16mdXa17AmI/SoAGQmPv1TVsUxPpW8ex7V5lMr4Ia4ILxubQ489jkpAQ=="
}
