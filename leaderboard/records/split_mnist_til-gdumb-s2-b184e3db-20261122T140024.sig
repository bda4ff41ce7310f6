{
 "schema": "clbench.signature/1",
 "record": "split_mnist_til-gdumb-s2-b184e3db-20261122T140024",
 "hash": "894a5fcf6bd725a2ee20363891913820702564b6bcc1d19f5275c79ac9a8dd7b",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-01T21:55:04+00:00",
 "signature": "PP6xZPG7A5vFFZUSEhjbRr+N6TW1hcg8R0PBJ5/bPSb+PkEljPE5lRv7iqDHZfNPQywJy1Nq3WultXHKaX4KBg=="
}
