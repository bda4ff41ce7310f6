{
 "schema": "clbench.signature/1",
 "record": "split_animal_mnist-probe_joint-s2-2ee2a50d-20261203T184602",
 "hash": "7f3b0deadedda2bbf8cee3cc65f371591d4639592a282e201d113dcc80bdfe41",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T19:49:55+00:00",
 "signature": "GGydinJz8FLAHy8JWnjECK9tvlcRhpckbWxS+99ZKQd5L7jXgNd3hq5Dm0oz8CYYx8NJmSlEnoo+1bhMeAGQAA=="
}
