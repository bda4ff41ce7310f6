{
 "schema": "clbench.signature/1",
 "record": "online_mnist-finetune-s0-99c1d6b4-20261201T201134",
 "hash": "066872fd71248a666c766253495c678a26809c1eee608a107c3a5fcf0bc30c1e",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-01T21:55:02+00:00",
 "signature": "YLTpqF1oIn/w4cmzzksloQrKXuU4BopfCe903aaRP++6c9AuOTu2k9I08DOT40FoSB0Qbz8vNShIu67Uq8NxBg=="
}
