{
 "schema": "clbench.signature/1",
 "record": "split_mnist-ewc-s0-296f8403-20261122T102403",
 "hash": "fd91f08115217cf9eaba0db21bd8ed1e6e9f99afdb30f09aebb344de6cea01ea",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-01T21:55:03+00:00",
 "signature": "wtbvPJA60NxdQXtCSnibeGppp1PLDhmhR2XyUqQjO8rCGxZ+xMgE3z8T1FcBmfTBeWMl+186idLT3Y+uMe6mBw=="
}
