{
 "schema": "clbench.signature/1",
 "record": "permuted_mnist_til-binary_vcl-s1-4f5b5a4b-20261203T163828",
 "hash": "c6f401db1dc75fc32847539b84fd8612eb83b1e6e819aa6e21945e179ee4bc56",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T16:49:09+00:00",
 "signature": "9zQyj2vnpwUqd99k+SDh4tXncvMGqZ75amaq6g6zhKj+2GlYHdxpOnnU4QIYa7axgWdhWeG4J2pgGeTkqMr7AQ=="
}
