{
 "schema": "clbench.signature/1",
 "record": "split_animal_mnist-sema-s0-eb9d1a0b-20261203T192151",
 "hash": "44f01378727da73ba7888c81ea01faafc1e8b99bd72d403219307f1a8bd49222",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T19:49:55+00:00",
 "signature": "Lo/WoTnA5U4FFnwaSoO387jolnVxmwlhIa0nHYpDlf+vIlO3NbnfcG/QULqAt0wcuB8KOQn6aozGf8JvCP/kBg=="
}
