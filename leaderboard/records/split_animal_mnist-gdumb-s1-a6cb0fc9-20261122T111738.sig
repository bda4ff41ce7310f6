{
 "schema": "clbench.signature/1",
 "record": "split_animal_mnist-gdumb-s1-a6cb0fc9-20261122T111738",
 "hash": "0d01c973c0b5a46a80a38fa290016357a03b4989c2802f22f1dcee5f2ea8b2d7",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-01T21:55:03+00:00",
 "signature": "cFzUFebC05f0A+0DGWFF+etKAr5hVE2NGkI/f/uIn4c0Y7tOMWcizQSGgnciRAIL2GeBO530QSi/i4lsg9EZCw=="
}
