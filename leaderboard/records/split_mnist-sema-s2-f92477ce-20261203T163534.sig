{
 "schema": "clbench.signature/1",
 "record": "split_mnist-sema-s2-f92477ce-20261203T163534",
 "hash": "9821d469688a0566d3fe6956c1019b3158ae73a98b58fe6445552b4064cd529f",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T16:49:21+00:00",
 "signature": "B8xmevsvNFfo4stv/A5YuKpVY1CNfrhCPWgCZmwNdu/+6vdj+Ll1OQhv2jDWZIxHnPM1W4S1SKNZ/2unXNR/DA=="
}
