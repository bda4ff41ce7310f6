{
 "schema": "clbench.signature/1",
 "record": "split_mnist_til-agem-s1-f224b89c-20261122T103526",
 "hash": "2f21a96acef30b13d1a9cf9e78db509e9701fdb2e5f177f4c5476c081d5049f5",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-01T21:55:04+00:00",
 "signature": "M7mRwBb/Be56nprYywODoooQrMtftQPRuB9k7tpucXDKUqkhDN1xkC68nh2gm6GWZI4uQJT+bqgaXuGAC7zDDg=="
}
