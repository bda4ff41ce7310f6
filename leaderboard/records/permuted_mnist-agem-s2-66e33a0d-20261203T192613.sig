{
 "schema": "clbench.signature/1",
 "record": "permuted_mnist-agem-s2-66e33a0d-20261203T192613",
 "hash": "cf06ed0ba2eb3e3180778e8434ab3e7a43d3fbf126254e1bc839c83ccd585f7e",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T19:49:38+00:00",
 "signature": "JpUiHKsmbTFto6Xiy8cbItfnEFEjfE1ifLkMsIV8bCuZhYqo9GphP0kIfMdFiexqtfYI1JxvIpRwNojLDtxEDQ=="
}
