{
 "schema": "clbench.signature/1",
 "record": "split_mnist-joint-s0-4d45e84b-20261122T104935",
 "hash": "2620ffede5b1ccf50ae3e5efa3d8b8cdfda91e271487e834d9e317a55b0bd7cb",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-01T21:55:04+00:00",
 "signature": "8fBMJhfk6YYPCO6QvqlqdcmSPD5LLMKSon5ZVtLTt9uEhijUw/t2UtaYoIOu/VKMiXP3P+7J0O/ygo6OVq55Bw=="
}
