{
 "schema": "clbench.signature/1",
 "record": "binary_split_mnist-clr-s0-a85b4a8d-20261203T172559",
 "hash": "cd81bcd6d821b6535414cda5902ff439709146ef5f8681b1df2facd13462fd62",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T17:35:45+00:00",
 "signature": "TsE3hMA4BwmG8xmbfCNHdJ/7mqybOzdMzdCBteFt2bHJyj93a5zEifQRIeLdOZ43yGbisAYbMlksdp3rED57AA=="
}
