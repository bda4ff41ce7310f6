{
 "schema": "clbench.signature/1",
 "record": "llm_instructions-adapt_inf-s2-30a70b33-20261202T081713",
 "hash": "fc9f3ff10ffe5387bcfd3a0260d4bd43badb682995f68d1d1b3b7211f5210efd",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-02T10:12:45+00:00",
 "signature": "u4Sh9Ncz6jfSNmx1gG+hTCNgxUoI48XTjjgJcJnTaJAn6JYcKObebmsBeOtYPdlA8us9fwBATrqsScRBUvXwCg=="
}
