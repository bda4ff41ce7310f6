{
 "schema": "clbench.signature/1",
 "record": "split_mnist-probe_finetune-s1-ac9ac260-20261203T185419",
 "hash": "c869c5908b2c14ef3e9d65c20726afd5180e0bf78110cc6605d6b88e433ca739",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T19:50:04+00:00",
 "signature": "UwiDkSY39WiKBu1YUo9pcIlm/A5CpwDIJ/vpWN63vtqguOQ67OU7JoyCZ1o9/3hXJvpiu8Hi2EAn4NDdaQgSDw=="
}
