{
 "schema": "clbench.signature/1",
 "record": "split_animal_mnist-joint-s2-846cedb7-20261203T084440",
 "hash": "584a28648230fc2b32aac3e718f6d4e5fbc8a81ff6789849e5ddaad8d439a895",
 "alg": "ed25519",
 "key_id": "2c38c21576235c14",
 "signed_at": "2026-12-03T12:39:45+00:00",
 "signature": "j1L4S4+/3kt1v+S/GDc9i1nST1+u+OvGH5mYeAcW9ieCIQUA1nZqE7h1Bea5lywD+dWqCTUDApXn1+3W0Ml9Bw=="
}
