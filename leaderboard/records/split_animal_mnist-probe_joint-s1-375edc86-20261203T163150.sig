{
 "schema": "clbench.signature/1",
 "record": "split_animal_mnist-probe_joint-s1-375edc86-20261203T163150",
 "hash": "9754d4afa83923257335787659790d8697f90917115aede5a95df87b10337ad7",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T16:49:16+00:00",
 "signature": "IlPgAmAqu/qsthIN9jQ06DMwAoKiYJfFUcUEAAmXPRpHxIw8LMfByJWQj+4txzfFFZMIzBWWwtPkOE3isZBcDQ=="
}
