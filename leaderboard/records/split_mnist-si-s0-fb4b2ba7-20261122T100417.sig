{
 "schema": "clbench.signature/1",
 "record": "split_mnist-si-s0-fb4b2ba7-20261122T100417",
 "hash": "1424bc43b4a876f0f27ac13c9f543a7b207a18badd8791557b55a20eae03fd96",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-01T21:55:04+00:00",
 "signature": "nXYev/FaR9o71RHyAF8VoJ6wpdvDbD+KD+T5Hs72XkrprMZWJbu14Xm1r3sa2T1a+d5pX4gh5CQw7XT4xh5YBw=="
}
