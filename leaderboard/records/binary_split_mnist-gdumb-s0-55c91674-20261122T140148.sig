{
 "schema": "clbench.signature/1",
 "record": "binary_split_mnist-gdumb-s0-55c91674-20261122T140148",
 "hash": "014f17742feecfb793f235c9ed4174a58847366fe698e1587b08e28fd00d09db",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-01T21:55:02+00:00",
 "signature": "qI+Qw3L6WmSy057hB08EcJ4FmYIzlInEcT2xH+aJDafDt9dFagEcwNMstrY0usjkbqN7GiJhbWutCERBqJIwAQ=="
}
