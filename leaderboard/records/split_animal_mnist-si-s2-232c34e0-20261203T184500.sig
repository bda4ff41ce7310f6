{
 "schema": "clbench.signature/1",
 "record": "split_animal_mnist-si-s2-232c34e0-20261203T184500",
 "hash": "734c87eed62497a3ed87f0710acd84d5ac3d7ad56422863ebbf133ae676471e8",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T19:49:56+00:00",
 "signature": "0IH3H/t/AEcPg6EO1FouXWTM6D2L1JDnb++duHjgpi3o/hJSDnU3k9aCI8cK0vaI9NvtbapgKmVsK1jQPtx8Cw=="
}
