{
 "schema": "clbench.signature/1",
 "record": "split_mnist_til-der-s1-f9821d5a-20261203T190811",
 "hash": "73d2b2c16c5210720ea932b2690ad5a945615e1ae04377ffc9aa2723f0348a3d",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T19:50:08+00:00",
 "signature": "tJ5CVF+z5ymhXWIsKUKNc6hQ6vGbEmjdBdYIdIRRk+LXqYJ4BGLRTDPmV/pw2H88jlyDonUDT3umoaxrgjZRDg=="
}
