{
 "schema": "clbench.signature/1",
 "record": "split_animal_mnist-sema-s0-eb9d1a0b-20261122T105815",
 "hash": "f38a8f6e2da16844444788ca55168768ba1feec5c7eaef61de5cac2b682a8f57",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-01T21:55:03+00:00",
 "signature": "P8N1qiRyge9j/KZlAs1T/9Cru/hfaa4isDYejkwOn2jNGZ+Et6SPRGGZGHI22Ky61y/Ug4nh6nYzJULD8qySDA=="
}
