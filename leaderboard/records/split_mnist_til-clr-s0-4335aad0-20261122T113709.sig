{
 "schema": "clbench.signature/1",
 "record": "split_mnist_til-clr-s0-4335aad0-20261122T113709",
 "hash": "89282972b21f775735b3f3d10593740aeb61513382e64036be3eb46885499575",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-01T21:55:04+00:00",
 "signature": "v7tH4SEqtU2Noiswh20Pqo8XDzhqMPbagqz3bf9Hgw7VLg1zGv2cgPAZkmv5TNjWOAuqARiBWghu4MbSJnNaAA=="
}
