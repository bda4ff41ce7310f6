{
 "schema": "clbench.signature/1",
 "record": "binary_split_mnist-clr-s2-80d14221-20261122T114654",
 "hash": "7a7f01fc1c14edfa0eb0231054966d63a7d6e296551f3983285c1f4b568f291f",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-01T21:55:02+00:00",
 "signature": "6hPk90Br3RzBJp9T6cjjvCQYSsjj3SU9iuZXFzevdo49UFkfgMa7gsA3gsNjzJpjZjPJ06luvvNnG0dyZIPMBQ=="
}
