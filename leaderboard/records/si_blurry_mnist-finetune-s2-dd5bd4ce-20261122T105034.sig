{
 "schema": "clbench.signature/1",
 "record": "si_blurry_mnist-finetune-s2-dd5bd4ce-20261122T105034",
 "hash": "05fecd3fbf2ecc13dbf7db90dde064567a15737f21654e6c96fbb4966a8243c1",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-01T20:18:11+00:00",
 "signature": "nYIlwweHZgxsCgV6wsCvJ6T3PvlQmxUQ6EpJ/zNx0AFDeF4o7NFeDPBgIs1i+5ovEVAzm5uL/3vK/xF3bxe4DQ=="
}
