{
 "schema": "clbench.signature/1",
 "record": "binary_split_mnist-icarl-s2-cf358e5e-20261203T100332",
 "hash": "8b990f953c9eb7b7460aded26ca63327c623588b965b6da3187d242254a3458f",
 "alg": "ed25519",
 "key_id": "2c38c21576235c14",
 "signed_at": "2026-12-03T12:39:14+00:00",
 "signature": "10mJTNuojMe16kz792NbbZPEGfPw0WZ2UD58l1pD45zGF72IC37PpdNVP3W/2aF/AQmnZSmZVb5SRFamLvIBBA=="
}
