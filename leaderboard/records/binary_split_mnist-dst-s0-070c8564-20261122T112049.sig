{
 "schema": "clbench.signature/1",
 "record": "binary_split_mnist-dst-s0-070c8564-20261122T112049",
 "hash": "df24293c3e8d722a09263ecf63b7821a214d98a923bff3fe0da7674e4e7cc718",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-01T21:55:02+00:00",
 "signature": "Vwo+V7Vv6e81+KJBS5zPZDGDVPaSauuNjW3PsWVblsWMMVjR0dht1CDgCdX0LmJBLBQqTQ+xT22JenGO7jnrBA=="
}
