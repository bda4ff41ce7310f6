{
 "schema": "clbench.signature/1",
 "record": "split_animal_mnist-wa-s2-9462ed31-20261203T162249",
 "hash": "d89382a141b892ea66209fa9baf2f6e5ec3bd3d4f360deff03c90039660474ef",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T17:12:59+00:00",
 "signature": "wWQfmZ9x5zDVIwlThjBoIfSFAum5poSuQc+vEaCM53bbkh5kwoiEwQ3X4Bf6G0yxAC3pa9RMx2uH+oyaCygsCg=="
}
