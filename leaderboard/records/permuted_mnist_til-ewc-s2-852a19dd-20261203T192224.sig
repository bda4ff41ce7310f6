{
 "schema": "clbench.signature/1",
 "record": "permuted_mnist_til-ewc-s2-852a19dd-20261203T192224",
 "hash": "fd84eb917f9f78fa50d38a8a302d7fb03f37237b31ebc28dea8dc3ebdacc6fbf",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T19:49:45+00:00",
 "signature": "nVZeVTf7a4snih3/PDOXfHVKCkgZjOc2mbSAueAl4xjOeudT2GsANtYICDx9DpU7XqC30xROfj4xev7nZivqBQ=="
}
