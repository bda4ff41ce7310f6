{
 "schema": "clbench.signature/1",
 "record": "split_mnist_til-naive-s0-4a6b2add-20261122T095111",
 "hash": "bae99dff5407a47dfa7a472d30255b08c863f2034a8cf3bcfc528d0c35ee0b12",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-01T21:55:04+00:00",
 "signature": "CRZygPbdlESlxTapTbAnlXa0vBMr6OHbebfBlLUVum1DFF3scoVQji2g7XaFGmd+7OaK/VnX1Kl4kh50gDuIDQ=="
}
