{
 "schema": "clbench.signature/1",
 "record": "binary_split_mnist-hnet_entropy-s2-9a3c3f35-20261122T114557",
 "hash": "6357315dd7d51a40371ed71723ff51f0d783cc59e584c00b03c623e093833204",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-01T21:55:02+00:00",
 "signature": "wzXA+qUkVg4utp5qsqy/irZdp7IOnea4sfX2grL0mIENRIcwU22V768ny4v6x8aYDNij6rU/vzlJYnJ9kGwCBw=="
}
