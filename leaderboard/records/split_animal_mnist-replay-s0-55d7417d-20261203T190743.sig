{
 "schema": "clbench.signature/1",
 "record": "split_animal_mnist-replay-s0-55d7417d-20261203T190743",
 "hash": "6edf5affacf3230a51f4fad8924119e880ded2978c0f0f79afa9c124a2043fb1",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T19:49:55+00:00",
 "signature": "Z6ETM+r0tQbloVNY7Eus6z6kDAkebRzUtAP1IjHerYWZ/gNzAcxZbwocWUwcaznKk5iSk7NUU9J7EuQtP1kIDg=="
}
