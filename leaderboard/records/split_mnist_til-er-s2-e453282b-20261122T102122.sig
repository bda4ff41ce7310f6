{
 "schema": "clbench.signature/1",
 "record": "split_mnist_til-er-s2-e453282b-20261122T102122",
 "hash": "d41a5ace5c944dceeaee615f16443a08bc4735e5da58090e120c93008addf632",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-01T21:55:04+00:00",
 "signature": "bWYzzyFQSB4Qkssf4Pw8paERdQ5IvUpbS0lwo0AfdESnUmEL5MXa/O1T7IvnulQOxVwV9jmIx0p3NV7+MjHlAw=="
}
