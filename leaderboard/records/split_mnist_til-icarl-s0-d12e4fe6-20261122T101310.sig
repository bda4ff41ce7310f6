{
 "schema": "clbench.signature/1",
 "record": "split_mnist_til-icarl-s0-d12e4fe6-20261122T101310",
 "hash": "194e02b5ab55db47cd89377180652bbbcae638c633dce0804ed0dd9622a1d73b",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-01T21:55:04+00:00",
 "signature": "WvoDtSM/m6UvqgE7qex/fiHy7WRErVYst5Be2VXrX3jeC2zQSMWTmU3vyjV/6we9rwKlGGGokEjhxMy7v7/RAQ=="
}
