{
 "schema": "clbench.signature/1",
 "record": "permuted_mnist-joint-s0-539d8640-20261203T162619",
 "hash": "28ad84206681132f6c2bad41dcbbf2a81119daf832c1087490707f3dda7dadb0",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T17:12:46+00:00",
 "signature": "VN/jnOPYqUfR9VEFzzII2w7H8AFghwGRdPVa3oboc007dzKUcoy96k0dnI+TCgZXh1RWoLNqTFXz2pHKkPz9Cg=="
}
