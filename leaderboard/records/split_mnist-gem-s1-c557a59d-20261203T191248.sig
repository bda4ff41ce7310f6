{
 "schema": "clbench.signature/1",
 "record": "split_mnist-gem-s1-c557a59d-20261203T191248",
 "hash": "61e8e7b6c0b50661785a71113d6745e72dbedc1a8f8272849399736579a72e2b",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T19:50:00+00:00",
 "signature": "k5d8y9nkm/iFXQuCslF9hko3F8TrmK0UDdC3J6v/q8F3gAKMKVJimSEeEGn9E4he3/mMfx47NcRQeTLaoFAIAA=="
}
