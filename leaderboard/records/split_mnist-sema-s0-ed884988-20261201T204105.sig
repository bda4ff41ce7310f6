{
 "schema": "clbench.signature/1",
 "record": "split_mnist-sema-s0-ed884988-20261201T204105",
 "hash": "bc07373892e943a74f576da0a82308204a66c29be6e05d5ff065568364336670",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-01T21:55:04+00:00",
 "signature": "A7iu8FNh7T4o17cO9he0xw/Hlf4KrhiLa5uHYEo3/NdcE4/qpt5pMrTymuS2118CungOfn33g9m01crmmomYAw=="
}
