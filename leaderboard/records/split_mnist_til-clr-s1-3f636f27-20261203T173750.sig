{
 "schema": "clbench.signature/1",
 "record": "split_mnist_til-clr-s1-3f636f27-20261203T173750",
 "hash": "535ff199ae91080e4a0f5e3114634f4c83a92b1faa0e67130377838bdf1a44d8",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T17:43:37+00:00",
 "signature": "rbObZVFUDOGjPE+gnzAXW9pqOTnghpCLXC5Rhk3/pojFK/YWkUgkq7FFdiXWRLX3ysCaOS66nOd9mYdfvKzUDw=="
}
