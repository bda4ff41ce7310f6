{
 "schema": "clbench.signature/1",
 "record": "split_mnist-mos-s2-8e0ba35a-20261203T192218",
 "hash": "7cb4bafe87d3b347782bfd410a4271a17d482d1c7207e2073cf7ee249878fa57",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T19:50:03+00:00",
 "signature": "9a51RD+9pCWvOkpvTKjYhWHNw2atci1ScD/fzc5stN01xmo0sSEV56+3tZ30ox2ribhE4PgebXDQFVQ7T82WCg=="
}
