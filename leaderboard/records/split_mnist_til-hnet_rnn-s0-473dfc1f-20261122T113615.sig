{
 "schema": "clbench.signature/1",
 "record": "split_mnist_til-hnet_rnn-s0-473dfc1f-20261122T113615",
 "hash": "76fb2ec406105b1274c092721e0646fa53592da1df6e25704003131450321925",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-01T21:55:04+00:00",
 "signature": "i28CJEHstOxuCxzsAjFcSVYRAxKL17h4ovOo5N9LK1IEZzI/UR1OyZ08UVTLtI5gtP//GNYSAk/rXWYjqnV/Bg=="
}
