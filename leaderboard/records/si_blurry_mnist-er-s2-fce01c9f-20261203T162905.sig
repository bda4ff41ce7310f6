{
 "schema": "clbench.signature/1",
 "record": "si_blurry_mnist-er-s2-fce01c9f-20261203T162905",
 "hash": "7db01c3dfae5c72b496d56e413b65257bde28bdca7cc444b5067e5baac12042f",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T16:49:13+00:00",
 "signature": "FkBv04zUlpNmjxm+uiRVdWr2rzNyxmJ96y9pjmI8IRCFeEv6mEohYPTe2ujwR8lM/rh85xcFxQjpGESkSS8pAw=="
}
