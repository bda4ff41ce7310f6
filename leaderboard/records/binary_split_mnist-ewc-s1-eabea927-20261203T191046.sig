{
 "schema": "clbench.signature/1",
 "record": "binary_split_mnist-ewc-s1-eabea927-20261203T191046",
 "hash": "bbb67bd811bcf69be3144c0d0e207204309534ea8897851b364166d7f15e251f",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T19:49:31+00:00",
 "signature": "xKbIN+BrbZnJREuE9TWhIQMDo6Sm6nDl9pBSaAYU9n/JixX2afoZLObTO9K6Xpy8XSnZcV7aW85G8cTl2x9WDA=="
}
