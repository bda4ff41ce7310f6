{
 "schema": "clbench.signature/1",
 "record": "split_mnist-probe_joint-s2-12432e85-20261203T184821",
 "hash": "423654bb4daefd83c8c1cccdf70247d954c8403c42df201bef99b0aa9d8c4c1e",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T19:50:04+00:00",
 "signature": "ELIfjRHkmehPyFxQWqjAti44ra7/UrJHGO6Tb5eCPlcSbEG3A1d9ibsn+P/hOIR4ccO+4cjAbTrmsL5Bvyt5DA=="
}
