{
 "schema": "clbench.signature/1",
 "record": "permuted_mnist_til-joint-s2-4c1596b4-20261203T163421",
 "hash": "8cd85d1d388437f3df7ebbd5a317e4ac483516b15c3824c976fe7a3886da9421",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T17:12:53+00:00",
 "signature": "cgf5wv4LgcrEtYhQtGLTgCrf3pJ/6tFAiZ9C/gF+tN+o3atOm79dAOodxbGkziAUM0w8OvaeD+e20m3JODNLCQ=="
}
