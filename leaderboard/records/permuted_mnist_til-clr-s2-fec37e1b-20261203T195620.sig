{
 "schema": "clbench.signature/1",
 "record": "permuted_mnist_til-clr-s2-fec37e1b-20261203T195620",
 "hash": "25bae9556b061b23cceeb3774949fe8988782d6e69f7653d927b70214ae82c2d",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T20:11:56+00:00",
 "signature": "kS9kWoZISNJJtAnhf70RVF3OZDNYtbwpyyFeGXpI3E7o/ujW+6DLHXDoOvBMs40w7UFLJ+N2OgIxujnI9C7gBA=="
}
