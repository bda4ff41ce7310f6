{
 "schema": "clbench.signature/1",
 "record": "split_animal_mnist-finetune-s2-6a2a7391-20261202T032608",
 "hash": "0b1ca7e11a7e9258a60e218740a4c1d02288af14fbfd0de896cd3f35a4bdddea",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-02T05:13:12+00:00",
 "signature": "4jOiGXLeUROtnKHITczKTBRXuEdGleu97s1wd+vfuyVPW3+6cpGSnMOnsKCVYrU52Sexzyu5QKiJYNO4Ce4eCw=="
}
