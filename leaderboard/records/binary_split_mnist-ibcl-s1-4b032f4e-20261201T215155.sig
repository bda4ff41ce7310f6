{
 "schema": "clbench.signature/1",
 "record": "binary_split_mnist-ibcl-s1-4b032f4e-20261201T215155",
 "hash": "debe7fa30114325c3db650949046a87b2b3d5bc4ac6bdd45af5015f19f1d9500",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-01T21:55:02+00:00",
 "signature": "LS9hFXJj1qfs/hYo9gB6zasqmZRVu+YLZYel7iAvBZemMVCiS/RIBVED1FstHYdXyGBzBcHvPuHRiBAw2FL+Cg=="
}
