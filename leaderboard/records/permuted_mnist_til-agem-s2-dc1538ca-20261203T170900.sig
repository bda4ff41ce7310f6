{
 "schema": "clbench.signature/1",
 "record": "permuted_mnist_til-agem-s2-dc1538ca-20261203T170900",
 "hash": "08a2f09d4e7218315cb5ccc92d6e66c2a336bf64f2a4c29071e3ab556091e0ea",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T17:12:49+00:00",
 "signature": "QrlVSmvuq6ccWPokPexAJtpnIQ7NpzTgbqjd/4n0Pdc7cIcJAmPP4Z5HBNl4TZqkRulY0YULdflvYNtvQQ5bAA=="
}
