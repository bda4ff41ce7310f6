{
 "schema": "clbench.signature/1",
 "record": "split_mnist-probe_finetune-s0-9277d3ab-20261203T092457",
 "hash": "a81ef090ca28f01fc5a640467de09c87756d827a5307746fcb474be07c85c97a",
 "alg": "ed25519",
 "key_id": "2c38c21576235c14",
 "signed_at": "2026-12-03T12:40:05+00:00",
 "signature": "ouU0VgvMhCTVSNicVB03MuaGug7s8xoxrefDUP8RPIKZRAVNPZkzMZJJYfABKaZKw5UA50VuFk40r65DyAajCQ=="
}
