{
 "schema": "clbench.signature/1",
 "record": "permuted_mnist_til-si-s1-a6dad619-20261203T190941",
 "hash": "a850e0c9d17b60b66621d0cc9144718b11358f0c040c9604dfd5f0f61bd0db1f",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T19:49:48+00:00",
 "signature": "uZWThBjrDX0S1cUkUuOO8buClNMRvZEEPjdP1H9YBq8tOGC0VuHDMKhKw7lNxpbUyflalzaGhmRth3zjiAwaAA=="
}
