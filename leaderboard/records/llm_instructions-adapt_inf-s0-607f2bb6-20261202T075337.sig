{
 "schema": "clbench.signature/1",
 "record": "llm_instructions-adapt_inf-s0-607f2bb6-20261202T075337",
 "hash": "62e2e49a7b47f8032e6b26b2844b3ec3a7b4aeed4c3aa04d2ce55e608fecfd75",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-02T08:11:27+00:00",
 "signature": "dzIY5znRNgMke2Yi7F4zizvXBrUJUhPkSAH9yR8Maez/NSjrHx6uX6cdskXhsA/ruWXb5zBgFnwPwZLSxApaCg=="
}
