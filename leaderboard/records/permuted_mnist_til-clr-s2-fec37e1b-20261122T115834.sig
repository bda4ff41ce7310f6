{
 "schema": "clbench.signature/1",
 "record": "permuted_mnist_til-clr-s2-fec37e1b-20261122T115834",
 "hash": "f361ff773f87ace119727238fb944d04c7d284d7ba331843c2441bc03d340db3",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-01T21:55:03+00:00",
 "signature": "UnL1498czlWtsC6PXGlMj1/lQFE4OFKJHgNbt4pGNP6U4pK2tTbp4fpUQ832CxcCOWcDiA4hH+s9ts/xcqtBCg=="
}
