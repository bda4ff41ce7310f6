{
 "schema": "clbench.signature/1",
 "record": "binary_split_mnist-lwf-s0-283e0acd-20261203T191004",
 "hash": "50a6f238b392d6836a664370e0047e1716739be12cb8082411440152b5dafc30",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T19:49:34+00:00",
 "signature": "34R3fWfHTh4Q7ooBKrwBkw9L8NWQEGC5HgbotXBQpfEwb6LZsnP68c6F8Q9OjtZe5l471gXn74JbrDx1S7dZAw=="
}
