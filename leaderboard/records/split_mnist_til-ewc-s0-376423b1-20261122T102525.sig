{
 "schema": "clbench.signature/1",
 "record": "split_mnist_til-ewc-s0-376423b1-20261122T102525",
 "hash": "d1a0b7ba081167821f0ef71111f0d8388dc0b21c525b89d3f88ce81ce194d428",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-01T21:55:04+00:00",
 "signature": "0rLRWsYNS/f20lXbIN+oM/u2XL96DVsObEul5uvn5acErd/nh/H5Fl9c6aY60YBGD6VdGF+AWUD0htxKBqpIAA=="
}
