{
 "schema": "clbench.signature/1",
 "record": "online_mnist-finetune-s1-5cca3c4b-20261203T162709",
 "hash": "5a785c75f0a212f8f16eb74aa3222a6e7a94827aff9382f504a8f8483e83a0cd",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T16:49:08+00:00",
 "signature": "4nTf0E7VTKcJ2oVH/G+72YTdjMHnD4BwXcBY1sZiw9c488kLrMU/jIxbSXRUwtgDdwAv6g277s8jdSnq/eghBQ=="
}
