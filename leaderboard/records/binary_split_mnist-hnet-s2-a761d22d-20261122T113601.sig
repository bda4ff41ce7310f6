{
 "schema": "clbench.signature/1",
 "record": "binary_split_mnist-hnet-s2-a761d22d-20261122T113601",
 "hash": "72d8a2cdfddb8fabbbbc7a2fa86742c55230d239534fa465648b681207c07900",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-01T21:55:02+00:00",
 "signature": "fdzB6jAQu12Fdrfa11yCSnqYRY6hg4q85Ryc+KGysWoItOCgnZe38wXD11gyz/bqcBGvaApepq0GG20/4zCcBA=="
}
