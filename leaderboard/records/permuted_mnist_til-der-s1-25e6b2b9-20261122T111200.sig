{
 "schema": "clbench.signature/1",
 "record": "permuted_mnist_til-der-s1-25e6b2b9-20261122T111200",
 "hash": "dbc377c7617e74d6d867caef62a661edf17fbbefcd33e23b546f5383f54d4f30",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-01T21:55:03+00:00",
 "signature": "w8bi/vrJv0EmymCUr0PTUN6SrLczX1aVQcSXyTHlo0OxsBTiCuE4qaXWARsgHPQJ8u+J0TMpyzuoN7PYfssBBQ=="
}
