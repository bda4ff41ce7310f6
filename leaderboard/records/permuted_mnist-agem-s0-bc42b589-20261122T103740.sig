{
 "schema": "clbench.signature/1",
 "record": "permuted_mnist-agem-s0-bc42b589-20261122T103740",
 "hash": "056be52e5fb5da7936d654de42d9888b07d794eb8ca7784392d909ab3fe4e115",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-01T21:55:02+00:00",
 "signature": "Zgrz80dLBl9cyBENVxD6QrIZeTl4aGBVYlaD4roBnDmO53crTV/en1LSs8KWTep4OqcNrHpnu6VGXBHPoobUBg=="
}
