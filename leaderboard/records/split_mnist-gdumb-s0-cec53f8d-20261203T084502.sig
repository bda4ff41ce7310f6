{
 "schema": "clbench.signature/1",
 "record": "split_mnist-gdumb-s0-cec53f8d-20261203T084502",
 "hash": "c5b4f47ab52e8f2244037d794ad8b9578d3221f967455ff4d5bfbbe428596f05",
 "alg": "ed25519",
 "key_id": "2c38c21576235c14",
 "signed_at": "2026-12-03T12:39:59+00:00",
 "signature": "ambH9F18kRb5TGRMJDci0feF5UDpWdVf5x9Qs4VBtP/KCR+7h+zqgOIcqS4qORAuBtIwg//d3s4g239E0sPADw=="
}
