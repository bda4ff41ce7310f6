{
 "schema": "clbench.signature/1",
 "record": "binary_split_mnist-ewc-s2-ba71d34b-20261122T103118",
 "hash": "abb7758df7fc0b8ab8c668730ed537e24591218679100bfb16a548bbd85fba78",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-01T21:55:02+00:00",
 "signature": "dQ+U4tIH50izQ50KlZhfeIgjWptZQSpEAEJhJ07fz0W+9OKPi9X8n95i9yF5vtik4zw9Q3e2q657sZd8cfBbDw=="
}
