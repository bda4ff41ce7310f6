{
 "schema": "clbench.signature/1",
 "record": "split_mnist-gdumb-s2-8d1a4df4-20261203T084511",
 "hash": "52c08c78619ff0256e095da95bb19b5dd8fb929b641a3f946e3a65c6b0a1708a",
 "alg": "ed25519",
 "key_id": "2c38c21576235c14",
 "signed_at": "2026-12-03T12:40:02+00:00",
 "signature": "lfpN1XpxC583LKnRT0b7WRAXuYWX0L0QE9VWFmvi3ZD+liGALob8hMm1tKMUauRvFi4J4X7SsQ1I5JM/gzRrCw=="
}
