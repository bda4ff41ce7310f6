{
 "schema": "clbench.signature/1",
 "record": "split_mnist_til-der-s2-0820b8fc-20261203T093553",
 "hash": "a5f4e99092a2c0bdf685c0541f733f0335862b3f16e70456b04a76aecb3d5ba4",
 "alg": "ed25519",
 "key_id": "2c38c21576235c14",
 "signed_at": "2026-12-03T12:40:09+00:00",
 "signature": "SvF9rCcMYYBRpEiXxT3Xg/XRM4cf4KS/1PypISIC5jO6eHhruzrvktjlnVnkkq+3eWQ41m4KvGneMkELt01+Aw=="
}
