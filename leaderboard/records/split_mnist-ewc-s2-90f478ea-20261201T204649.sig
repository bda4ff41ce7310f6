{
 "schema": "clbench.signature/1",
 "record": "split_mnist-ewc-s2-90f478ea-20261201T204649",
 "hash": "5904ae5918c5e2eb4b91882ac2f5ed1378a1f04374313e7a986a98b0790a25ca",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-01T21:55:03+00:00",
 "signature": "EEvG8n/4RIDqpUIgAD7qYVv1BQJhfGmS6gn2ox/6i3opz5JUIpxfpnTCdyFicarpxS8UQexdfEostFHfQyWRCA=="
}
