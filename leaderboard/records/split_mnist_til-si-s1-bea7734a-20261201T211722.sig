{
 "schema": "clbench.signature/1",
 "record": "split_mnist_til-si-s1-bea7734a-20261201T211722",
 "hash": "e5566045d678a187a6d4380bd0575272bb53c6451ccd5ef934cade9738d790ea",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-01T21:55:04+00:00",
 "signature": "KhJtnXBeoNLBpERGc9mpvPn6LSGYKBett17G7F587Hq4MPwVLZD+rep09M1lGyVIAsQfU8myIp5zkujSlLlmDg=="
}
