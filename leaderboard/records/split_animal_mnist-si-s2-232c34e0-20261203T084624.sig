{
 "schema": "clbench.signature/1",
 "record": "split_animal_mnist-si-s2-232c34e0-20261203T084624",
 "hash": "a12de4312abebf251fd4b63d60f90e017772c56a8821713ec1defcd2e13451cb",
 "alg": "ed25519",
 "key_id": "2c38c21576235c14",
 "signed_at": "2026-12-03T12:39:56+00:00",
 "signature": "NEAN7qlHEwFBvEeZa494X+AuBH5T08KOKnDuiN82aQgG1I2MiVTQwRtEFbQ0c0QO6n1Ay6sHQ3YSWRyNTaWsCw=="
}
