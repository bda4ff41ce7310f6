{
 "schema": "clbench.signature/1",
 "record": "binary_split_mnist-gdumb-s2-b468479f-20261122T140152",
 "hash": "f2aa5fe9f3d6aaa52d89b9931515a46ddb067a4f8f57036add89900c821a40e7",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-01T21:55:02+00:00",
 "signature": "rC6ooO0NcWQJtR7yoxxVOEA88ss2UewsLlxwHWTvb5aezEupy/3O961wGSEOMmPaRAoVA8osLD2NA5VpaoHHBQ=="
}
