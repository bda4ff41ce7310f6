{
 "schema": "clbench.signature/1",
 "record": "split_mnist_til-ibcl-s1-f149278e-20261202T002452",
 "hash": "820b4e21538e89346964e900dc93941e023ca4a5658ee89e450a45774bd76948",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-02T01:39:19+00:00",
 "signature": "HWgyiuRvWI/ssWqKAZfITmjW8ha0oyEwY4UbH4XMYHAX0QxnX3jGXdSyTNw59WhKRlliY8H0UV+TfPGaYEimDg=="
}
