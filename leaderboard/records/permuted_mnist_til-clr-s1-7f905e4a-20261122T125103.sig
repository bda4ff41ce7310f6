{
 "schema": "clbench.signature/1",
 "record": "permuted_mnist_til-clr-s1-7f905e4a-20261122T125103",
 "hash": "11489a6d79b1f1c79f406bc58260d642e6a899861e3d8428b3e7d7b56d7fb65b",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-01T21:55:03+00:00",
 "signature": "UiSSBaAuR1qcBXsYuQfl4zRy4gVs+33iZtmMBmQD72+YHOxQQPyPYJ8DMD/1eC6xqHSJ7uru9W8MGE/RubgBBw=="
}
