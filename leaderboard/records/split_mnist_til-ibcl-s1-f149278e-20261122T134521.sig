{
 "schema": "clbench.signature/1",
 "record": "split_mnist_til-ibcl-s1-f149278e-20261122T134521",
 "hash": "bcdb8f9da60a6ad2a717ffbcd7bec39949f5541f2cead4f4210c04c1b917e965",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-01T20:18:13+00:00",
 "signature": "S1ZGQ+fNbRi883u27KmdYL7JYn0WsRb2vLv6AhWGum5XF4HQSQqRAh9kqXVDlXV2BpI+UFfxaFybRYuafcWuDw=="
}
