{
 "schema": "clbench.signature/1",
 "record": "split_mnist-gem-s0-35946a41-20261203T191845",
 "hash": "d809037501cc53fe42d0abddbf6451657860746bac3ce304792d0676075009bd",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T19:50:00+00:00",
 "signature": "XXWdnVJY4efLuhcgCW2PvalDIew0V+VEbskkxHZeVInn/fgepHaSNBZqiPSkbW8WI8rS7XWZ04dvO0SVIamjDg=="
}
