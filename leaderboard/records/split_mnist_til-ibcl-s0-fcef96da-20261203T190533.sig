{
 "schema": "clbench.signature/1",
 "record": "split_mnist_til-ibcl-s0-fcef96da-20261203T190533",
 "hash": "f665592ed80b181884f54eaa3116b5dc14e3330069eb6c3203e8ab2c02e27bcf",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T19:50:11+00:00",
 "signature": "kOfPbnKpn+nNMeOfqfucEZZz2T+NnwVKBiyxjLyJ8zK+YC39ku7Bt7z8B3fXl8S2htlaESPmHCpSlBLSiCxTCQ=="
}
