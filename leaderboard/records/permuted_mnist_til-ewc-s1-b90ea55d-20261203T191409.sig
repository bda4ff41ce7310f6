{
 "schema": "clbench.signature/1",
 "record": "permuted_mnist_til-ewc-s1-b90ea55d-20261203T191409",
 "hash": "746f18823c5b0ecab9e42ff0861b2bcaf00a922fed202d7f1f3fc142b626e8e2",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T19:49:44+00:00",
 "signature": "rHxWBc9nTLJNKfD6OvNixF2+jf3s+TK0UT1e2hXNIM0UJXTBiRq9HrLhv7I2gWR20C64OCh2Ph3PUofeZKedAA=="
}
