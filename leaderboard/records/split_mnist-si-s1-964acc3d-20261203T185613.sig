{
 "schema": "clbench.signature/1",
 "record": "split_mnist-si-s1-964acc3d-20261203T185613",
 "hash": "3ebe9b9224dab197882aaa9ba231dcb9c9be7768f5abda9dbacb3f0fc4c6c274",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T19:50:06+00:00",
 "signature": "K/y8ijQB46lNBvhKaKMpaTAid5kIJw8oT0FnIpkuY3gUHNm+j3mMsr9AwFq60fc1hiS+TDWdJh6GCt8t74O2CA=="
}
