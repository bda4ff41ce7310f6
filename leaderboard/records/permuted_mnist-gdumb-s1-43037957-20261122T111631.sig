{
 "schema": "clbench.signature/1",
 "record": "permuted_mnist-gdumb-s1-43037957-20261122T111631",
 "hash": "7e5e8771945987f6eaf8f06a0a917e55ed0fb01e165b92599bc6d945d309d3ff",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-01T21:55:03+00:00",
 "signature": "Zs6QHEXlz11btT819l3gwSvTrnukhxFlGpvYbIbcnuFLT2jmkzJ6t2Q2OBZrajKgn/WommgNe6IxJL9q3sb8CQ=="
}
