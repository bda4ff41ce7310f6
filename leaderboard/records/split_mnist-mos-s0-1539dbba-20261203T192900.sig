{
 "schema": "clbench.signature/1",
 "record": "split_mnist-mos-s0-1539dbba-20261203T192900",
 "hash": "c64850882aaf6dce626c170a783e1b730634eecafb6980f633dc820268bac538",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T19:50:02+00:00",
 "signature": "OGbu7CLFNWcpzzrRVgf6fG2TkqxUhK6010jNTBuNbNbFXTMiI6cMoDLYf0IlmOIOwPxoruXEdU4NcGMjxGByAA=="
}
