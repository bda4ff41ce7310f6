{
 "schema": "clbench.signature/1",
 "record": "binary_split_mnist-ibcl-s2-13d5a446-20261122T134538",
 "hash": "bf4ec6aef97dbd298e1886f61a4c1e747fe90c2a9c157fe733376254b32e49f4",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-01T20:18:07+00:00",
 "signature": "OE/ib8eoEz714SXYvkmCpqhv/qpETBowRAOAgpSxa3kVeTy/lP2hrkfQCXTRrxytyhrsULYqxwetIUWKdvNzAA=="
}
