{
 "schema": "clbench.signature/1",
 "record": "permuted_mnist_til-gem-s2-a1dfd107-20261122T104455",
 "hash": "a663f4a3199e7294d342b895a17c91a1b684bb27e001b5dbd2d3705333b93630",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-01T21:55:03+00:00",
 "signature": "ZwrE3n3LIOOss94r6VldEfGrq7XLCb07FAzf5Aa7EAOuA1hEB+fHkX54RIY0vwQ1qr+GlKPWgfatAqkMC0IhBw=="
}
