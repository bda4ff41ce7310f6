{
 "schema": "clbench.signature/1",
 "record": "split_mnist_til-naive-s2-d516957f-20261122T095119",
 "hash": "278b244576a79269260ff6ecb81aee58dab5445470de7a644c3d10ba882b66ae",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-01T21:55:04+00:00",
 "signature": "R1hn3E+QBZpmM8QAfczHIdSZQXLc/GwsoJN5QoPNYxPCUjq1XKZxuy+f5fS6JoxVs+464oV9u45rEohD6uW8CA=="
}
