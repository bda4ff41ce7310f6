{
 "schema": "clbench.signature/1",
 "record": "split_mnist-joint-s1-9cf41703-20261122T104948",
 "hash": "63d50b95e9eb0b7a5633d4f1e3c4b90fca9b7d4f0b3e1655bbbf2144278b4c6b",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-01T21:55:04+00:00",
 "signature": "l/M6AArHnXJ4j6SWrI7qla8/lIXH+24b2H98OfxHSMnMpwEkQISBNq7ws78NdAy9fCM5wi9gTk4pkclca6mlBw=="
}
