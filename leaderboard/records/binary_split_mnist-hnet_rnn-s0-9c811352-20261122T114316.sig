{
 "schema": "clbench.signature/1",
 "record": "binary_split_mnist-hnet_rnn-s0-9c811352-20261122T114316",
 "hash": "33181a7dfa37f0e7c9ad73e7d9a898e08c4da85be90152999de28118acf1ab55",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-01T21:55:02+00:00",
 "signature": "u4BdDmPDBjYJoifl0uMvEwyZd2JaM2CYxACvtOaa31N9ON060YREb1hMJbUZT7nbcb6R3GifVdjVCUf6UaAFCw=="
}
