{
 "schema": "clbench.signature/1",
 "record": "binary_split_mnist-er-s0-b589d1c8-20261122T102259",
 "hash": "b46d6435ef344e5efb627f041bac3b48313ba5475ca737fbfaaa8b2a01e0f508",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-01T21:55:02+00:00",
 "signature": "icm2M7WwFc+cku1Z6KA+bDA2LSns6cpjTyrs1+WcV14yfoe7Oz0UTC5gW8b3Aj/ptYOrFf/uEQkUEm2d8CV/CA=="
}
