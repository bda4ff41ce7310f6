{
 "schema": "clbench.signature/1",
 "record": "si_blurry_mnist-er-s2-fce01c9f-20261201T204947",
 "hash": "dc67caba31ab1363688fb7d3587e8b1daf91561310a23b62ff7f6f9ffe37c89a",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-01T21:55:03+00:00",
 "signature": "4x0N+t15WxuhzkA350VAOyAtcJw/lCtN8KFttalaAI/i4978dEcDjjvgF8gRDlVYplb655mr1qwXiA1hdZReAA=="
}
