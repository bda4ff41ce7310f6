{
 "schema": "clbench.signature/1",
 "record": "split_mnist-finetune-s1-6e6d6800-20261122T104844",
 "hash": "d14958488392d700ca1d18607cdbcf4ad6d418fae0e0da33c9bd67ab0854f0b3",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-01T21:55:03+00:00",
 "signature": "ReX7dnHa3hpuVlIgDsk6zA/byimRN8eOY5aaCohb8M0NFG2mAD9BdTRG3mFf09w0e8mbKUqjEns9cFXLTs7GBA=="
}
