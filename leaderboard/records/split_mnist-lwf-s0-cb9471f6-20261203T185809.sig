{
 "schema": "clbench.signature/1",
 "record": "split_mnist-lwf-s0-cb9471f6-20261203T185809",
 "hash": "f6a4cd7c298b20d7a2a93e3ce30f66caf1c0fa846804d4d1dfc13c003220d833",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T19:50:01+00:00",
 "signature": "f6vCK4pJA1W6NV/3bEItrzx07r7vIFnEiFCvi0iUg3VNgrShP6B/Oyi+q/82UL4KpvtWzcalTJ/4CvqQF3gICg=="
}
