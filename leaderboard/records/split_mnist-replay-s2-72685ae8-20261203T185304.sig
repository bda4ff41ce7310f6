{
 "schema": "clbench.signature/1",
 "record": "split_mnist-replay-s2-72685ae8-20261203T185304",
 "hash": "d1bd03f6b27e99ad4da4a73c682b834f1f0d25ba709926188b73749b3b11a528",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T19:50:05+00:00",
 "signature": "NrGYrvJu0iOGuYcGL4ngq4WwsaQGjB+xZQUiHmrlJCEn9gEkhSenHPl0oF/wok01y/mtTw5d5nq2ecTanYZeDQ=="
}
