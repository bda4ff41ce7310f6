{
 "schema": "clbench.signature/1",
 "record": "binary_split_mnist-dst-s2-aa8d4db4-20261122T112114",
 "hash": "ca14cdadc1840525207bce64f5c9e8f07d9e8f06437605ec4883c59ef4e3118f",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-01T21:55:02+00:00",
 "signature": "1pGcdiyPJUEf0K/1T+Ewtc8fTRQopLW+h9buCcU1dSFEoMkXBidQQJWgy+i/jEsTgwdNndJKSLKAsKcVGi89BQ=="
}
