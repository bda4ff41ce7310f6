{
 "schema": "clbench.signature/1",
 "record": "split_mnist-hnet_entropy-s2-198b641c-20261203T162721",
 "hash": "271174fa52bba1a44b8ffd3a4a65ca05c7865eb6ccda7d882009949bcd180101",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T17:13:03+00:00",
 "signature": "AHKBOFMWXmQUdXiqnltRYRYaM3dQtfH1CeOlJtQZHkeAfDQ2ruQ0teOPuvo3ZwpISVhQR54aClvQrtlyfDlKAg=="
}
