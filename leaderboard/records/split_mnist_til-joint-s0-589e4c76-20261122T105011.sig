{
 "schema": "clbench.signature/1",
 "record": "split_mnist_til-joint-s0-589e4c76-20261122T105011",
 "hash": "5d1c315b8c0a910d774a116cf53f1c1750683f8add54e24204d544863d296da4",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-01T21:55:04+00:00",
 "signature": "xIN+ckaehRqUT/4uQ2i+8Zj+0qhuToVh19uwi3Iv+cyhoMzO1NFEMszju1T+qCpdD13a4AUO/Bx3uNT9FcmrBA=="
}
