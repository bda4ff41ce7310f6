{
 "schema": "clbench.signature/1",
 "record": "split_animal_mnist-mos-s2-e1efbeab-20261203T192430",
 "hash": "6b147f8c54c0fb2ee65099fc31b5b6a34f4a8fea581600528de495124e08ca3f",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T19:49:53+00:00",
 "signature": "1cz+HoiAuUd5ypfusNiF6FzHT38KtOP3sAla/+MKFeBi2Fq2HpyNBcNfW/cTgYKHYUPmjfvcDP4yAhkuZ3pABA=="
}
