{
 "schema": "clbench.signature/1",
 "record": "split_animal_mnist-lwf-s2-2a250f0a-20261122T105630",
 "hash": "743e2d1721e7b834e80b1e2e2b6beae28e95da13d10e078cd4df53455fe12a91",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-01T21:55:03+00:00",
 "signature": "PW94bBxtQZPPP4Aaxg/pEglAPIqZh7+xIuz4Jf/0txTPZLDQO8dVIzUt/98kRqzN6QUfKAgXWmHlzVS+nnzmCA=="
}
