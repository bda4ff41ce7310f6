{
 "schema": "clbench.signature/1",
 "record": "permuted_mnist-lwf-s0-2e3b6eb0-20261203T192142",
 "hash": "5b9c551c414cffaa6481b0f61cd292f882d5e2340d4c6038bb3d8e8ea0d14ad6",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T19:49:41+00:00",
 "signature": "svo3CFHe4kp9mFW401IAgrAd7CabY/Jb//pdgdiu063ltd+/BKyOXCOzM8pEYG/fLMb3W4Pg7lhRvz+HkwCbAQ=="
}
