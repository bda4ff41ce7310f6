{
 "schema": "clbench.signature/1",
 "record": "permuted_mnist_til-er-s2-5cfb01b4-20261122T102240",
 "hash": "4d20a253c2a773391b0fba4ff74c351a5a46041a3dcb3d0c64ff5a7e3ed11ac6",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-01T21:55:03+00:00",
 "signature": "+9Cv547tJSCjGLrDpd5YHsVTYYbhMQLcMBtcJ4GUeg3E03BFk7sLRAHhwpoaQoy6VKjoW1AwcaWEfPjkuPudBg=="
}
