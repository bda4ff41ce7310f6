{
 "schema": "clbench.signature/1",
 "record": "permuted_mnist-finetune-s0-ba01565a-20261203T162533",
 "hash": "535bc150296a0caad24640ae2fd45e5c1f9e38582f6b38af841df5b43e9012cf",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T17:12:45+00:00",
 "signature": "hVzjJkU2QKcF5kTwsw4BJniCVgCEbeOUEyFAOdoPG2uksJ/QfOSqEqqUnyA6CcI0LKI7ZCgwrl8SuCIkzc5TDA=="
}
