{
 "schema": "clbench.signature/1",
 "record": "split_mnist-naive-s0-dfe2e2ce-20261122T095059",
 "hash": "c61a744f17099026867a38bbc20b7325e1423a791d7d2d7622ad7a296e790d6d",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-01T21:55:04+00:00",
 "signature": "wAVYXfLFbRj7aTfHfMnjIvyu1vPndgHU6gk32XcaobVtWK2ZQaiMBpRMSOX0xtqZmbSGP2V5HkrNfxKgIc0kDg=="
}
