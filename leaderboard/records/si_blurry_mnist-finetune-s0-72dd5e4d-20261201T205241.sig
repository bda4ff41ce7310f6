{
 "schema": "clbench.signature/1",
 "record": "si_blurry_mnist-finetune-s0-72dd5e4d-20261201T205241",
 "hash": "90d92d3cfe2b1e2d65525ba90a7912c80f6eaf4909e2b32d7128b2d9585de5ec",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-01T21:55:03+00:00",
 "signature": "rmqpAQp7uh84zV9LMfkkivYBNpUwT9x+MX4q7iMA31MiF2tLnT7EmRTy5VhMX2mVJULtIvgtlBbwv1ZC+SgRBg=="
}
