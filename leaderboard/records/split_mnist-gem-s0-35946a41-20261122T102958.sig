{
 "schema": "clbench.signature/1",
 "record": "split_mnist-gem-s0-35946a41-20261122T102958",
 "hash": "69c5a618e326d15304be6a42c536668b95df294d2b57adfd54058245c9e83b9c",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-01T21:55:04+00:00",
 "signature": "suw50MZXTAA20/tEuwltzGAfgkegUQ73p/XWtVJhw2RpLDfSKPh+0ndvvoNZ/oz9K091IAtdSj5RVFnoQktLCw=="
}
