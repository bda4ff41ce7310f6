{
 "schema": "clbench.signature/1",
 "record": "permuted_mnist_til-dst-s1-30016f34-20261122T111936",
 "hash": "3c20b9fc40c0ca818d740536ce5d01e94070b8b02c1a062f209004669798f2a1",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-01T21:55:03+00:00",
 "signature": "QkcOAObQt5ceO2UxiG/cw3QPT6EmSCKCjhB1o2nJzL77POhQQYRcs4G2kSds63EEt/kiYvTQflQMd01aaTu9CQ=="
}
