{
 "schema": "clbench.signature/1",
 "record": "binary_split_mnist-ibcl-s0-925bd746-20261122T134530",
 "hash": "5e72b0aa3d24fc1a22c936b227f748c53826c44d93b05a0773ccd42157ef6d62",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-01T20:18:07+00:00",
 "signature": "pwblujgP3zvShWs828T3zs2Nid7EhbiKG4J5srpN98nhwlR4S3pUUHyu3E/AHpQ1+BpxzfsCIR5t5DVDQRpnAg=="
}
