{
 "schema": "clbench.signature/1",
 "record": "gilcd_mnist-gacil-s2-7a2c4904-20261202T081003",
 "hash": "c14906ec76c098ae7c157e2e5ab1a3903c6f3cf6c2e8651627014198ff0ab81d",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-02T10:12:39+00:00",
 "signature": "RB63srjRcThCp+T9KQ4FF2hN1cwE5uf7m6SsEJVy1NBwUBiTyW5jZsGvEljPo7u1hnvXVJv55T2N5NcrlwOXDg=="
}
