{
 "schema": "clbench.signature/1",
 "record": "split_mnist-mos-s1-ce45f426-20261122T112748",
 "hash": "f9aafb87b642965352a9292986865272c4dfd37277fcf5fc2a0c3dd2d6c07cf4",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-01T20:18:12+00:00",
 "signature": "2v7jHoOxMAC24yleWP4IbxFkDuKXAWJOE6i2lgqSZJXV3pBbO5Z94TcsmQAoMqQMe0AQ1iTZUvVtgGJG0lheBw=="
}
