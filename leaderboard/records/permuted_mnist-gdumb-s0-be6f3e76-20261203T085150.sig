{
 "schema": "clbench.signature/1",
 "record": "permuted_mnist-gdumb-s0-be6f3e76-20261203T085150",
 "hash": "5aef9ac14746c81ce0cdded04e88ea34309ee897cd221ae1e598402f3beacba7",
 "alg": "ed25519",
 "key_id": "2c38c21576235c14",
 "signed_at": "2026-12-03T12:39:23+00:00",
 "signature": "Mr8M2fB+NYS0DTCLSNTQmXV8XhdjauYIqzEFze+DRZkvntM0Gwy4L2pqL9DHujnbk77548lQjwmTmX/dwrq3Cw=="
}
