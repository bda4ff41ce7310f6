{
 "schema": "clbench.signature/1",
 "record": "split_mnist-lwf-s2-a6aa468c-20261201T201843",
 "hash": "c217e2c1d841db1263414f5e9a5f951ac383038b344cfb6fe68a35c695e7cf0c",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-01T21:55:04+00:00",
 "signature": "kmcAelCHQ94Dw9iPC0odaZzHmzpmVkpuo1hioEQnAXEW9xWH0s+C4+CV10rvKGziRE5MFNdD+gN4tGFnJKrzDg=="
}
