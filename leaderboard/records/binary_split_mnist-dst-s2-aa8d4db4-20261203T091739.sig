{
 "schema": "clbench.signature/1",
 "record": "binary_split_mnist-dst-s2-aa8d4db4-20261203T091739",
 "hash": "01435cd6d1f2bdd5891b547716d1ab9558f87aaad0d86c71ff100edaa4c9a9f6",
 "alg": "ed25519",
 "key_id": "2c38c21576235c14",
 "signed_at": "2026-12-03T12:39:04+00:00",
 "signature": "2JyGnTGCHnuLkjqbOcT75T1d5T6xkeSj1mmAVzAJkVDcuXcMbhRz6KcyXIhaI0rLgU7ZcadZSbKGckd4DxioAw=="
}
