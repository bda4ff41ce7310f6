{
 "schema": "clbench.signature/1",
 "record": "binary_split_mnist-der-s2-e68b4539-20261203T163147",
 "hash": "7a9bcaf0fb8ae8431ccda9e09d8c92f69e16c249383e2f9504c347b640ac737a",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T17:12:37+00:00",
 "signature": "uDnSoMmB8ymRjNuhVjOpCeybpogDP3Cx+6SmazIhKlZYEvNESyXyXpdgxkAW71WshBZ/E+W5qI4R5LR54txbAw=="
}
