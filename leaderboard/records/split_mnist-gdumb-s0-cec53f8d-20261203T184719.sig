{
 "schema": "clbench.signature/1",
 "record": "split_mnist-gdumb-s0-cec53f8d-20261203T184719",
 "hash": "9bf91de98edb5e38ca29430e8a72f77525445328e0071f5b5a96af02af06eafb",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T19:50:00+00:00",
 "signature": "TbffQttMf2DEJNRqegBrFRs20be+k6qvefxb1NerK6ZWgDyRBk2J0iWRQpUWLaVcJMNzqR0E1/63A0xf2xJFAw=="
}
