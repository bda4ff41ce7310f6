{
 "schema": "clbench.signature/1",
 "record": "split_animal_mnist-icarl-s2-aa12c205-20261203T185307",
 "hash": "1886b8eda23dc7f82348f356a60cdc3f999e4795465ae8af5b4550470755d334",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T19:49:52+00:00",
 "signature": "bY16kOyiu12h0hYH38BxrRLQpRNkU3cMvFxY6rBg+pjNGY1Wa/ofuoHRTR9pzlBRsgzQGRvd/7uCoQXd1GJVCQ=="
}
