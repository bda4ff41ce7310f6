{
 "schema": "clbench.signature/1",
 "record": "split_mnist_til-exssnet-s2-6734f490-20261203T163331",
 "hash": "c6390520762e1edebf13ed8ef213eb4d1e9b93e0216d3eef297b81749a0b6aaa",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T16:49:23+00:00",
 "signature": "L8xg8GwF7tHip3yHzpLK6OKLHAVTuo+vnepcpQ7YpO2+rt2iGl5xmozeNOMB/PRak433+z3ljFYJgMAsuj8MDA=="
}
