{
 "schema": "clbench.signature/1",
 "record": "split_mnist-gacil-s1-b5d68672-20261203T192930",
 "hash": "6bfeed673560c3808dce8b1bff99663b45f1eba17e4c56facf98f3aaeeaaef77",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T19:49:59+00:00",
 "signature": "OoOFhT5kcTkc8m+a79WrVX6ZYsz6rEUcFXCcFJpnzoPjI25OVIK2REQmcdevilEvlNQDsPJPB4v9EUO6IQV+DA=="
}
