{
 "schema": "clbench.signature/1",
 "record": "online_mnist-joint-s0-4ae8d9b3-20261122T133656",
 "hash": "29cf9810bd7d682a5a9829c8e2c0324fdc71751de6d0f7ad17605a816ef9e5aa",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-01T20:18:08+00:00",
 "signature": "NMPmNSsCCaDgnyLC3hApAbCcoqSFOH6XchAsxwwP4tQvQcPtvHOJcWhwzmT6Gg/Yzz5uslKj14Y96dhOpokZDQ=="
}
