{
 "schema": "clbench.signature/1",
 "record": "permuted_mnist_til-hnet_entropy-s0-4c261a76-20261203T171825",
 "hash": "fce73398b9ccc3fefa47519840e0022977d80c14197a7dcd8417f19a8e54ff31",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T17:35:44+00:00",
 "signature": "Boc98uL8A0FTBKlz7fBGHgFNwtqiQS0iHI6fIG/GZfVUD1h0bGyjd4WaJKv6KoWjbdD0y96028r0wwqo0w4LCg=="
}
