{
 "schema": "clbench.signature/1",
 "record": "permuted_mnist_til-der-s1-25e6b2b9-20261203T191710",
 "hash": "e799ca0cfaf53167f252fbe5a025719e3440e022a7b2fc14659640df967a2617",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T19:49:44+00:00",
 "signature": "Xx1W1Q9eETD5cT3YAeP5QG/g+A1pcdgCe5UR2kNmIrTmwlgvl26i9E/TkQ7dokKOD54DO7uv2cxZev62WgWoBg=="
}
