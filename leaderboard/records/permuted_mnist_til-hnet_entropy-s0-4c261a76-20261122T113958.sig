{
 "schema": "clbench.signature/1",
 "record": "permuted_mnist_til-hnet_entropy-s0-4c261a76-20261122T113958",
 "hash": "8241ea7346df7f5e65405eb1d47fd1c5e56c5589caa00ec74b1f4c2f29f0e777",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-01T21:55:03+00:00",
 "signature": "fGyYO/6gBBlMoReEWlabPm5i3nV5lrxKVVhlRThuJz+bfp2tgRT3IOPH+yFzQ5ovvSvZ8M0bNnWGwBv7TAS9Aw=="
}
