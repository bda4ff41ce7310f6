{
 "schema": "clbench.signature/1",
 "record": "split_mnist-finetune-s0-f06f23d5-20261122T104841",
 "hash": "61884eb9c448730f003f6894dcbc4f5984e46b70b66ea615743698612a350114",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-01T21:55:03+00:00",
 "signature": "JxELbTiWUPsLNmPcr97DgTc+6oH3o3qnBc2KTEca5NHw7Yxbt1Z6Nu1v4nT7YH14V2RvVvDDCXBQl5IE2IJGDA=="
}
