{
 "schema": "clbench.signature/1",
 "record": "binary_split_mnist-replay-s0-371089c4-20261203T084957",
 "hash": "8e415421e6c52c8d2cbd05590b3cd854a9e9cbf52515c0160e0eb11b4fbc5527",
 "alg": "ed25519",
 "key_id": "2c38c21576235c14",
 "signed_at": "2026-12-03T12:39:19+00:00",
 "signature": "k8FEZRyANLRVD6IXTzAGMZeICZS6Oy7/Zh1u1TyA3ruXyYb9lB0oDw1IgFW2Ldde7T/dM78wxOJ3BuQ+YwANBA=="
}
