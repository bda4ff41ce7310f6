{
 "schema": "clbench.signature/1",
 "record": "fewshot_mnist-mamba_fscil-s2-5e5e7b6f-20261202T072821",
 "hash": "3195ff802eb86cd04f327a2b4847ce14579e32a9dc98454e2ede3e10911ecf1d",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-02T10:12:37+00:00",
 "signature": "qT3Q38zchdwNZ3+HF+j6jJWDoKEyJoc3ZIoa/lwnAmDaSP24puo8EuZ4/jaUH4tiDUxitzDlkD55khNM/ncXBg=="
}
