{
 "schema": "clbench.signature/1",
 "record": "permuted_mnist-finetune-s1-cc0e4e05-20261203T162519",
 "hash": "d2a969c3ac2bf96f594df3cd0d5a97657fc986218331b5ddec226a5cc2c70a20",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T17:12:45+00:00",
 "signature": "yQw2qFkKIhg99bIXT4z24+SJY4gWrwwfSifZHko05043+acHmEJPWKJhTdj9bvJ2Lf6UuDziqRcY+NpwrJ5XCA=="
}
