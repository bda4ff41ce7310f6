{
 "schema": "clbench.signature/1",
 "record": "online_mnist-er-s1-26695353-20261122T102335",
 "hash": "f9fee9ce1e752c6f5d5812aa364746e6b14507735ce0c340e77b9c1227be86b6",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-01T20:18:07+00:00",
 "signature": "/dGC9OG8w6q+ncSPjIQRveDD2bTZJ0HepTaZzXfjGVAHKCgmwF0/KaAWudr+pyk4Lsxag1lEXUmGj3APtfS1AA=="
}
