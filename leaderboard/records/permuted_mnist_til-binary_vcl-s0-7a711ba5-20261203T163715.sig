{
 "schema": "clbench.signature/1",
 "record": "permuted_mnist_til-binary_vcl-s0-7a711ba5-20261203T163715",
 "hash": "42c4398608ee935fc907e256b432a93c5727c3b473a365166862a86a5afa2bc8",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T16:49:09+00:00",
 "signature": "i/cEK4/H6wmMlWr1NmWlB1dImOWDV6BXEc+smXGIGW82P6NAjX3X1ymDunK350YtFpW/gl1JfhxaoJ1U5LuBDQ=="
}
