{
 "schema": "clbench.signature/1",
 "record": "si_blurry_mnist-joint-s1-dbd824ce-20261201T211110",
 "hash": "d3471d2ac6720dcd83685e7267f6a34fb82963a4c9dfb194594cf1c1e86490b4",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-01T21:55:03+00:00",
 "signature": "U96WWx5QyMyiVnDh3qoRzqP5wcXzv+Z5gp9DOAu+ctwjPakinKJnn3C3/XdFItM8Nkw4XJwykAfMerdSgmqCCw=="
}
