{
 "schema": "clbench.signature/1",
 "record": "fewshot_mnist-mamba_fscil-s2-b022b587-20261202T074016",
 "hash": "526901155917963cb3054d810949a56934f8b95c2e3cc696d7d8361857ea86cc",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-02T10:12:37+00:00",
 "signature": "H87tFd9hETM/Dc+vbnMdLiIYWL777s847UxdjxuiniGMJd1aOIa8iyI11Hd8f3UWljyLVNeFx26PxfO/OYWVDw=="
}
