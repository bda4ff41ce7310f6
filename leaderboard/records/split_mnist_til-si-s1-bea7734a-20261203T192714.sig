{
 "schema": "clbench.signature/1",
 "record": "split_mnist_til-si-s1-bea7734a-20261203T192714",
 "hash": "d6683dcdfa643f9b31b86b6dff402cdf3d6c475dc2b039ec63d5d6628415f344",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T19:50:26+00:00",
 "signature": "CO4A3w/SXhqUjea/YplzNtc2/AzA32+ZarDQUN+yYAWR+DhxXdhpzZa0HFyLGx9UsO6OGzGRXO/xOHRpnQFlCA=="
}
