{
 "schema": "clbench.signature/1",
 "record": "split_mnist_til-replay-s0-e6cd456c-20261203T090328",
 "hash": "2c07d391bc1e45a6d3d3727f06f2ab27c90714df0e861ba0aa41e6f3676112e4",
 "alg": "ed25519",
 "key_id": "2c38c21576235c14",
 "signed_at": "2026-12-03T12:40:26+00:00",
 "signature": "ZgLn2m2vZ25y5yjPjDqpsVSYFTtP7qOT8u+rrPxLjoKrwzaklQgX8K7eIa5f0lqk8Jp87V0/vU0z8BDFN/HLBQ=="
}
