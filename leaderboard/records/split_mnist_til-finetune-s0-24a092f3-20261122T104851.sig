{
 "schema": "clbench.signature/1",
 "record": "split_mnist_til-finetune-s0-24a092f3-20261122T104851",
 "hash": "5341754ed1b5acb10054934980f385cef30e3ff3ccefa1eda26e09ffb38df5f1",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-01T21:55:04+00:00",
 "signature": "2S0Jti0U6f8zPMpkCLcl/ZbGnTD5IM8KDPYtdqE43DHOfbk16uSciQ3oddExkGonl1lvKDNMeuo3pcFPtXnXBA=="
}
