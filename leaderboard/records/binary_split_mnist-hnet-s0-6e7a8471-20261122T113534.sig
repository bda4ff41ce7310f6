{
 "schema": "clbench.signature/1",
 "record": "binary_split_mnist-hnet-s0-6e7a8471-20261122T113534",
 "hash": "6aa3012a6d3aa4110b90a84ce0988f5ad89d9b2feb25ab06a4f4c0a55ea56e50",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-01T21:55:02+00:00",
 "signature": "BkLubFkwYnaKtkgEreFeVuG/2rFp96uuwuvZtPd1SukgCZiDILuO41GL1DWa1LURMx4QQownmledydrVQ7VwAA=="
}
