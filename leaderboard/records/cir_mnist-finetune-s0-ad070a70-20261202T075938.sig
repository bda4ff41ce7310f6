{
 "schema": "clbench.signature/1",
 "record": "cir_mnist-finetune-s0-ad070a70-20261202T075938",
 "hash": "275d76688bea9de92ce957aba97206fb2a487757b8e7cabf91148c70e03f6983",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-02T10:12:32+00:00",
 "signature": "I21AjZJpBkz1p97R57wypUIGUL3qTj8Yvdu0Q39rcNT6pwc1pjwKoWicIJtcmgE6NKvGI8qDXwYCZMVQySenCQ=="
}
