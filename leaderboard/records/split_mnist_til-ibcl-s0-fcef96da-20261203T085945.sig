{
 "schema": "clbench.signature/1",
 "record": "split_mnist_til-ibcl-s0-fcef96da-20261203T085945",
 "hash": "792b579bcdf3ac30f3a847985dd542d540b4ee290592a37b4ef44189596a53f3",
 "alg": "ed25519",
 "key_id": "2c38c21576235c14",
 "signed_at": "2026-12-03T12:40:21+00:00",
 "signature": "1kMfQ44XF/Vm1t5NK0Kjs0PCkfwzYAuhxMHwY/P/LEim+J+pENY4ug9XTSrFOm48CWNQb7kL7+lbrR21H99SCw=="
}
