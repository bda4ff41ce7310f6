{
 "schema": "clbench.signature/1",
 "record": "si_blurry_mnist-finetune-s1-51f6bdc7-20261203T162624",
 "hash": "9e30f0430af47450c05a7369391cb9513d244d83d552e908302a02864e5c6ae7",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T16:49:13+00:00",
 "signature": "y3C/JAERvpT9b3oQkvAhY8iVa06b2HjtGduQcYgGUSoZm8EUfrfTZNyLym+UN7NIL6xDIQzbUyTpU3mGs3hiBw=="
}
