{
 "schema": "clbench.signature/1",
 "record": "split_mnist-mos-s0-1539dbba-20261122T112706",
 "hash": "5c16f21f5576186528ce35b70bf00ab7d27ae8eea7ec2cbcd571f9b772bc02a9",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-01T20:18:12+00:00",
 "signature": "ZyqHze23YLtnpXvdlKxsMqAo171HlVGICQgkus5C7U/zgkzPyP7/N4QLgNzkUCrOQiyVjSo3vLjpxMdkzhtAAg=="
}
