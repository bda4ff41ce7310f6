{
 "schema": "clbench.signature/1",
 "record": "si_blurry_mnist-gacil-s2-686e7205-20261122T111813",
 "hash": "156c51ad76473988d1f8ccfcfde4a724afbb2a494b7621745731c5c065b80383",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-01T21:55:03+00:00",
 "signature": "hGgwoXJUdBoMHlAp2G7vepO/NONdmcLf6AM04s37XoyONxaCi1ybnoYRmZ0c/9pDYi5Gu+f9/UABSmI2ljegBw=="
}
