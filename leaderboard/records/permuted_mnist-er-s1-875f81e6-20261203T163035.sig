{
 "schema": "clbench.signature/1",
 "record": "permuted_mnist-er-s1-875f81e6-20261203T163035",
 "hash": "501a4bf0fb9785e349d3c7a5c0dbc0df303cf9614e49abad1f19cd6d3fd5a1cb",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T17:12:45+00:00",
 "signature": "XSN75RoTkgE6bZWVxBbOgz4bVx7ZYavKq7BSrSK5lKS48jbX2ZZ90wHpLI9Grn4LpxoqCs2ZUJUZ2G0+SPbZCw=="
}
