{
 "schema": "clbench.signature/1",
 "record": "split_animal_mnist-ewc-s1-4ac65bad-20261203T084626",
 "hash": "fe3270b77d82181fcc7b0e9df095e26806d07f466939defc5e14e4845caa1082",
 "alg": "ed25519",
 "key_id": "2c38c21576235c14",
 "signed_at": "2026-12-03T12:39:34+00:00",
 "signature": "3hMMNvO1cgripUMwV6mixMAV4tNh58zKCKIgqC0kEp/yIxnfpJVul4Ze3wmO19c68uzFU8L0/vEx5T0/uz29Bg=="
}
