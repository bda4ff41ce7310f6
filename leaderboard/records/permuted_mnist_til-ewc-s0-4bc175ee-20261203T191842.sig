{
 "schema": "clbench.signature/1",
 "record": "permuted_mnist_til-ewc-s0-4bc175ee-20261203T191842",
 "hash": "502d13f2f0d1787500c4a631e00e2bec1968f861a083fc87f36a97ed91d12a00",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T19:49:44+00:00",
 "signature": "vltu7YIBnNudgibxDqjOVuUqpw9eRXMEhwFVDrkFtdl/tc3I26ikAYMaaKRw9ebyrG7mOEiAvF5oiohVw0R7CQ=="
}
