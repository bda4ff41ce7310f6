{
 "schema": "clbench.signature/1",
 "record": "permuted_mnist-si-s0-8a1c3838-20261122T100528",
 "hash": "9efd15afd280024df1f56814edf25f6286fce80ab50ac1191f875a77e3d51085",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-01T21:55:03+00:00",
 "signature": "Q6MHODyRQqCEoUbXGWRAGCG4bbTrfEmWMFZi2yU2YwxTbDsuFd9ED4SRarCCBcHHXU31pfDwjdAaBsUG+XMtAQ=="
}
