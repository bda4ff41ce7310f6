{
 "schema": "clbench.signature/1",
 "record": "split_animal_mnist-si-s1-80554c55-20261203T184434",
 "hash": "851a4f937a47d63837a37677f947a98294f329cecdbbcf1aacbeb601eab135d4",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T19:49:56+00:00",
 "signature": "uc6vGDSFQHHoBCGtGTROQFiDFAFnZkV9b6GK8PtHw8hRrUbb2Lwtn2ArUtR342Cd3hRwXHPlWFO0eaX0HmY7Cw=="
}
