{
 "schema": "clbench.signature/1",
 "record": "split_animal_mnist-agem-s0-2ef15366-20261203T184648",
 "hash": "a37d4d82b3c9518c0057cee435f486779959458a35e8726a9f159322809bbed8",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T19:49:48+00:00",
 "signature": "BOy8E9Wg1UUyP94ER8vRe3rzENZ+LGnrX+IXBNiGcZi7BFDED5SEcfjYM3oNpwRhsZvTA8GH51eOsLJNwFS0Aw=="
}
