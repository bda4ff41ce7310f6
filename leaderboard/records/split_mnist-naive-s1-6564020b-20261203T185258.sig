{
 "schema": "clbench.signature/1",
 "record": "split_mnist-naive-s1-6564020b-20261203T185258",
 "hash": "96a82ecef4dec6a339e4b19e98a2002acaacca3f5c19b5d466645032964cd5a1",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T19:50:03+00:00",
 "signature": "q73+cO6RQFjLDrFFbX/NspP9/Gm8G/Tzg8q6h0FoxCp18uRaFZjy39+AlTmJHGYORYfHe6XAN+ASgrK5KG2ECw=="
}
