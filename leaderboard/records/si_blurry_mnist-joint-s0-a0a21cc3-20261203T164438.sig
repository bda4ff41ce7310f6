{
 "schema": "clbench.signature/1",
 "record": "si_blurry_mnist-joint-s0-a0a21cc3-20261203T164438",
 "hash": "509a3ad3ef3a1f08fbc0b466e8584bfecb469ab2bb8bea518090da2493218388",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T16:49:14+00:00",
 "signature": "y2n6VIirxcZY8Z4YAItEy10jK475GPQQ02Td1h3Jh6CkfDyVRSSBraalgfPwXU0Jw7fEz9Zvzbbi06k0adfYAQ=="
}
