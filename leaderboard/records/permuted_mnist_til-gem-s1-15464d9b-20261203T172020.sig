{
 "schema": "clbench.signature/1",
 "record": "permuted_mnist_til-gem-s1-15464d9b-20261203T172020",
 "hash": "60c029a1c59d4fa2068ecbc35bf766fde6fee3eba1cf4c1fd65f49a91c2fcc2f",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T17:35:44+00:00",
 "signature": "ztT6xtcJ8CE13LccUHpDxmQqiyJ/gRpa0VJgijqo3wWxfJZvd3mNUXbukEJkxdjKQWIjK17dVslb7PMF/s/dAQ=="
}
