{
 "schema": "clbench.signature/1",
 "record": "cir_mnist-gacil-s0-8d123852-20261202T080111",
 "hash": "418a2da21cf0bfee8a74d49c2bd419c892b879214e276d7d1e7bf8bdf17460ee",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-02T10:12:32+00:00",
 "signature": "yv46NX3tg3tEV7gpWA36iI07Kymmb16rdkn3kXuhEJchadCN5guOJcUfDVUIYlnViYIPm8PAdTo4xts9GTKoCA=="
}
