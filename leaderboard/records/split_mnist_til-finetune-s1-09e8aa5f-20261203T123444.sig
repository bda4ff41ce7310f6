{
 "schema": "clbench.signature/1",
 "record": "split_mnist_til-finetune-s1-09e8aa5f-20261203T123444",
 "hash": "bbff2107eb13656c56eee92244f2f97aebf38cbc1c02f55d32914f5e00d95a4d",
 "alg": "ed25519",
 "key_id": "2c38c21576235c14",
 "signed_at": "2026-12-03T13:51:29+00:00",
 "signature": "sapVIF6SXey5FQbvZygFmnbz5wE4wx69nIbqKuxd87oOsS6XuCPO14JL5DPaphMfqs5o1A6Xrs0UhceaKz6MDg=="
}
