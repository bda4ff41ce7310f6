{
 "schema": "clbench.signature/1",
 "record": "cir_mnist-er-s2-8467d333-20261202T075913",
 "hash": "9bd4690a617571236ea355b671eddd8b281a12eaf3740613c2d96642f4e8b813",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-02T10:12:31+00:00",
 "signature": "ZDAjEOCQJZ7uNni49ESLY6XrHb7bP6BcivNgdzHySa1zcJXFrR8tZ8C3KZG2ryC38NZdNRDyt68Y1vf9TsJwAA=="
}
