{
 "schema": "clbench.signature/1",
 "record": "binary_split_mnist-joint-s2-fd2328f2-20261203T162259",
 "hash": "d259f8e47250a0189bc1f702c9600113d0480169f22c6d9ecabd90fc94979f1f",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T17:12:42+00:00",
 "signature": "5ln0FolHhL1PFsBFfquJP329aiptg+ZpNeqZabj6T1xJfGLIXhy67iU6i1ixUuGg+YqWGB/78syPAEl8cQ3SBg=="
}
