{
 "schema": "clbench.signature/1",
 "record": "split_mnist_til-gem-s0-c2d43b38-20261203T191648",
 "hash": "c2609a2f8eed6a277ce1005ae500d8ce9b33f8c861615601dc16180822f7f0cc",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T19:50:10+00:00",
 "signature": "I9BCehPYrkXIWeh77XHpI/1KpuuFFkZr/8GzdwcbVdAljxDCeYgPWG7pQ2Vfe57ayQznxZ45LYWkvBbTBjB5BQ=="
}
