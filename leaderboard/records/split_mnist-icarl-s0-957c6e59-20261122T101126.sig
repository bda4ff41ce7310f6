{
 "schema": "clbench.signature/1",
 "record": "split_mnist-icarl-s0-957c6e59-20261122T101126",
 "hash": "bb531b26a4dffa00b3cdb409938916385e633789e0f8bb48b3eb238b17611737",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-01T21:55:04+00:00",
 "signature": "3LFi6OVQx6gD9wlkzIjALaocszapQiO7spTVrGE54ErWKNlwLfwLBkDDjA+EylLDbtJnZh/oWJhRcC5ZTGaZAA=="
}
