{
 "schema": "clbench.signature/1",
 "record": "split_mnist_til-ibcl-s2-10486917-20261122T134525",
 "hash": "66131ccd40f9988345c046fac87b421ffba5a3636db7de1c25c173ac37662477",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-01T20:18:13+00:00",
 "signature": "P05nBX81vs+7Ad48Y0j58TgclFoOn+1Sm8QSMEFNBHU8k7hCoR8QjhUgOUURpVBAghL3J++MFe65/XwPYFVODQ=="
}
