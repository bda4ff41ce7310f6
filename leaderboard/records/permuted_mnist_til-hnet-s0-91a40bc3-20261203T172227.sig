{
 "schema": "clbench.signature/1",
 "record": "permuted_mnist_til-hnet-s0-91a40bc3-20261203T172227",
 "hash": "aa43b66e9665ff68fd1b11c3c3e2502c1ebff2c794d616e261e61e8981f2986c",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T17:35:47+00:00",
 "signature": "k6xsosQYOtkU4YygOjxPC8EJf2RvtRsvWCTjFRedxZpxhUxXgEj+ob6SzNwfhwPgoPbEQmBKKIkrzZPBb7FUBg=="
}
