{
 "schema": "clbench.signature/1",
 "record": "split_animal_mnist-finetune-s0-edf2430c-20261202T032531",
 "hash": "47f333c3491e605eacf342e198b1494c80887ea2868083a41e55ccd7820b1499",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-02T05:13:09+00:00",
 "signature": "mdfiT/5dxpyJqOIBo8ah0NvTJa6eRbRCZl4cIWle1NJmq/ynCwVh3Df+Qh/U9Jmqt74xxwVzFfq9P0fVW5wPCQ=="
}
