{
 "schema": "clbench.signature/1",
 "record": "split_mnist-lwf-s2-c0ca4fd0-20261122T105126",
 "hash": "8624fbe924af5b92f2873ad2b81b43543de5947a86928f0351656389242a0b9c",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-01T21:55:04+00:00",
 "signature": "bm7uqL4fNpYLbKC8YR5Fom3gPFZEWFC6LZMGTVpGkoDkjpnZPh8711Y/ud0tvh9TOORa199SvT07UWJXTnq1DQ=="
}
