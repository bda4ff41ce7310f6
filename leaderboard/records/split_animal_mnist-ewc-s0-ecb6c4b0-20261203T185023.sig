{
 "schema": "clbench.signature/1",
 "record": "split_animal_mnist-ewc-s0-ecb6c4b0-20261203T185023",
 "hash": "9b206a81b80f19f016b3a1b988f2719de56c5cb9f0830c5980555d68b5bb984e",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T19:49:50+00:00",
 "signature": "5iIEdK4bY3rRA+7Sd1Msyn9wmxLwuohbeeblxJqJSA9oA9Jf0ZNYrK4cEn1oTHIjc3a9pdlKyb5ws7Quv2DqAw=="
}
