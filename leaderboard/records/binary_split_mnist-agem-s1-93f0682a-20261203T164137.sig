{
 "schema": "clbench.signature/1",
 "record": "binary_split_mnist-agem-s1-93f0682a-20261203T164137",
 "hash": "899e70e900ae46295cacf0d36a3bfc1b951cfb0ba7540c16b48ad35227e55466",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T17:12:37+00:00",
 "signature": "rNHVUhghoIeaVEGQhrnP7JBWZGnx831o8RBRlyM36R6B961tOftHbzMTQwUpIQ2gesRga/k0f1l7QdoGmmqoDw=="
}
