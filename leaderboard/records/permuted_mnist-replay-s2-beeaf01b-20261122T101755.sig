{
 "schema": "clbench.signature/1",
 "record": "permuted_mnist-replay-s2-beeaf01b-20261122T101755",
 "hash": "343f95e485fc416bf848a3dc433fd7647be7a01c2864a0d83f9bc11f13beb2cc",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-01T21:55:03+00:00",
 "signature": "AEVmRIjocB0lRopFHhbpJx0WIWQY/nHWWrR9TpBxG4dg5TUxDwo3ZYpiZrBhvpSY3QBZrfzs3/mMUu1XXRvzAA=="
}
