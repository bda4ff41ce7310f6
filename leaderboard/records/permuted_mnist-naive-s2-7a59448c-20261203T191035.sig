{
 "schema": "clbench.signature/1",
 "record": "permuted_mnist-naive-s2-7a59448c-20261203T191035",
 "hash": "547fa0d42794dd6e8c4762478163e42e858974be5e21276c92832ded9a7a055d",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T19:49:42+00:00",
 "signature": "c/n/uo81q9XF7hN9q6sh5QGMTueNTHCwVznX7tQlhPVNnA4G07pbmXkCsp3Lg/hqo894LnDG73sVJp+QfIwkAg=="
}
