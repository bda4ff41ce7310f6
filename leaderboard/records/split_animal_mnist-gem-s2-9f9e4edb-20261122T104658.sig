{
 "schema": "clbench.signature/1",
 "record": "split_animal_mnist-gem-s2-9f9e4edb-20261122T104658",
 "hash": "54be540a1c754d96af7db0314f4db8b2bd6a87e3a8ffec029ed574a51721a2bc",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-01T21:55:03+00:00",
 "signature": "Dslye/8Q97DiwFxnuG0TotFzJO7kfzGkxGuZH/6MyPG5hedKbjpzLJak2SEO+D7fV5mjUXXkHrO+WK/rFEnOCg=="
}
