{
 "schema": "clbench.signature/1",
 "record": "permuted_mnist_til-ewc-s0-4bc175ee-20261122T132553",
 "hash": "af24b989e200d4906af094fc8873d6bceb00b910e56be43ecda6bbe6361e6997",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-01T21:55:03+00:00",
 "signature": "j5OMi6Ro3IZZNSc53UQBEiiiuzrCFauF2Ts6sT4pbCxSQlHS1zBsU2qpRP4wUw3oNPfMxq05EI5Jiyd6vrOVDA=="
}
