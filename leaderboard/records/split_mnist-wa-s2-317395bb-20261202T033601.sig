{
 "schema": "clbench.signature/1",
 "record": "split_mnist-wa-s2-317395bb-20261202T033601",
 "hash": "8f2226f56cd363cbf6c5c727626864c2c5d42f69a60a6c81017a8a69891d74c6",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-02T05:13:23+00:00",
 "signature": "v7GRvOaa9gtl5R7a18vi5uRJ7AiH1Gbbl2seIkMOYDr+QYY4U7Fe6kSicNFgRqtxhE0vqqUT7h5IQU1UPGPLDA=="
}
