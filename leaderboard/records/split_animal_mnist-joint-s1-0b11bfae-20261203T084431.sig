{
 "schema": "clbench.signature/1",
 "record": "split_animal_mnist-joint-s1-0b11bfae-20261203T084431",
 "hash": "e04690792d3ee39a19530f0f0403e4693e1310f3a7079c22004d41e4da6a1170",
 "alg": "ed25519",
 "key_id": "2c38c21576235c14",
 "signed_at": "2026-12-03T12:39:44+00:00",
 "signature": "rGhC+yVU+Tt0WW9iYYA5mE0rH02QNRwD6YuyoF9ZszXx/rFqvo1zT/O3/n4voywMFuEIYrxGC5wy2fi8dbFoAg=="
}
