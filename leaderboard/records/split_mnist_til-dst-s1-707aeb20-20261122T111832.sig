{
 "schema": "clbench.signature/1",
 "record": "split_mnist_til-dst-s1-707aeb20-20261122T111832",
 "hash": "5623ba93c6051ae5907c4d1396353a4cc7a1ec63b27e6eb28c574c7d00d81b27",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-01T21:55:04+00:00",
 "signature": "9hZBxQ6EmdoGWcwCn2lht9wWvImnRa21mwRCCxqxhwzP56iJ6oXNwocUAFS/D4mBiTbAbNIYFJEWIqi3cS5kDA=="
}
