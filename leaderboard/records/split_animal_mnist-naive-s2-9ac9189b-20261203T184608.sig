{
 "schema": "clbench.signature/1",
 "record": "split_animal_mnist-naive-s2-9ac9189b-20261203T184608",
 "hash": "0bbfeac2c7d5d0f1fc29bbc0574c1cca97b671fff68f41da40d63f817a9c1e48",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T19:49:54+00:00",
 "signature": "6mbWCSlODrvaT0hTi8uxwtL228BODxsOeZQjphNbySoQxcCDcaY91cjL+CzPdVHEuo9QHfx4XiiynFS1A3dADw=="
}
