{
 "schema": "clbench.signature/1",
 "record": "instruction_stream-lcia-s2-3c55eb97-20261203T201602",
 "hash": "1364d87f66da4dc9da4a3bb92a5b2c49f4727dd5abf4fe1e191ed2e1a85a1041",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T20:17:50+00:00",
 "signature": "7IYUCjIaFgpb813kE9xH3yeP6Vso+rqxnT0iwb/vQKdLIVrnHII8FMkkYEL1aJtwoomE5jfrQQk19V5OqH45DA=="
}
