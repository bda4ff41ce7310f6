{
 "schema": "clbench.signature/1",
 "record": "permuted_mnist_til-lwf-s1-f1c17d02-20261122T135815",
 "hash": "e9ec27e77f405185faec4ad172bcd1f65e82dd323f07bf2e4df40e7fedd4b4cf",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-01T21:55:03+00:00",
 "signature": "mHJMhw1PRsczphqMTBPn5+4bOBoS7por86tW5LBDgxOyIIBkZymPGKZ47ngWH4yybq+uuEb74XWW0q+0LNU6BQ=="
}
