{
 "schema": "clbench.signature/1",
 "record": "permuted_mnist_til-agem-s1-ebfc01a3-20261203T170539",
 "hash": "d1bddd3a969f33a724581339c42ba0c1b825026f7e1db35b989a75f671c85958",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T17:12:49+00:00",
 "signature": "tSkzxSzV8DkoenBnLd+jS9XRi0dl74sjEiphIzFBciAkGUfJGlYcGsbMXEoreVbNbMjF92rL2vGpq9RLQDnUCg=="
}
