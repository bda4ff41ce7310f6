{
 "schema": "clbench.signature/1",
 "record": "split_mnist-si-s1-964acc3d-20261203T091837",
 "hash": "db24ab98b797b405cc46acc0bbe73bf142684a85270d02614f4058399856a389",
 "alg": "ed25519",
 "key_id": "2c38c21576235c14",
 "signed_at": "2026-12-03T12:40:07+00:00",
 "signature": "zZyhAzQzfD9S2/L3F8cjynVHWglVIuELuCH8SmOS6G/28sYXqsLtKw7Io7wzXqU2OCbFMkw2B7XGsg0tU9RNDA=="
}
