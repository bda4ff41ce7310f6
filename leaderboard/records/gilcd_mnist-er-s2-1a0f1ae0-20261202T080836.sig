{
 "schema": "clbench.signature/1",
 "record": "gilcd_mnist-er-s2-1a0f1ae0-20261202T080836",
 "hash": "af80d438edb62aeb31c87587b37357026b2a12cb01919d982fad123d7df33e58",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-02T10:12:38+00:00",
 "signature": "KPPqmA/L5CNo1VF3TX6ByZPoIU8RtkFrwem1tM/+cqCI7i3NLW5a9dhR27+tsTLRR1019hrrnLMP0rRCwNJUAQ=="
}
