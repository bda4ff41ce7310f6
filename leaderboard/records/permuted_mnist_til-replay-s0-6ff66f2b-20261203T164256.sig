{
 "schema": "clbench.signature/1",
 "record": "permuted_mnist_til-replay-s0-6ff66f2b-20261203T164256",
 "hash": "e69bfa5fbbeed8e7686b7a159549e95dec0a934dd169a7bca1d55bf2f4bdf42d",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T17:12:55+00:00",
 "signature": "JSlyg/N5vvgaJMZSv7CEUgGZqg+Dcs9b5mK4oFiRdPTOMR96OF2oYroGKNbt9QdG+/jEIirdaw0n8NQ4fxXdDg=="
}
