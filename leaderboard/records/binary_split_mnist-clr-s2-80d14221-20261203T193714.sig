{
 "schema": "clbench.signature/1",
 "record": "binary_split_mnist-clr-s2-80d14221-20261203T193714",
 "hash": "cc6a6c4faf3c4b5e45b092399210feb1d80e3b82da3b24046d3d591bfda45951",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T19:49:30+00:00",
 "signature": "sn4wcT3P7iPCS9afANDCNa+g/la57bJ2ETnlXe/NQ4+Ow4smqixvhRaG//XVcgfc27RKdoZWhY0a2CK+rhc2BQ=="
}
