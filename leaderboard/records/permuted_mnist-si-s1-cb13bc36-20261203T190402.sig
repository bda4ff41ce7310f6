{
 "schema": "clbench.signature/1",
 "record": "permuted_mnist-si-s1-cb13bc36-20261203T190402",
 "hash": "1c9272bd2c12cda949e9c38f224320d3d15d4ce571eb1c36e3296202abe1a7f0",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T19:49:43+00:00",
 "signature": "g4nw3DPNQ3e45KUfYhesBOnDVaRo63vZJdC6wB2ij4IHtkTRyfbEQM77n/Z89C/+CsMqnhd6gnMH7Jx1l34tBA=="
}
