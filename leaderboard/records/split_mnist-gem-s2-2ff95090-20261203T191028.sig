{
 "schema": "clbench.signature/1",
 "record": "split_mnist-gem-s2-2ff95090-20261203T191028",
 "hash": "5d5311aed49f174209241ee621bc9f4ea73fd2ae4c709b98a5cf1a72bb9b87f7",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T19:50:01+00:00",
 "signature": "q1+OGLcUBfKQ8qNrAR1ycxHiBicuEdDsTApfWGBHW6xuFDxh2biH78mGObK5K87Tl/lc3gaiyeUtfCp6IKG0Cg=="
}
