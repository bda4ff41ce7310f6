{
 "schema": "clbench.signature/1",
 "record": "split_mnist_til-gdumb-s0-9a1a238b-20261203T184553",
 "hash": "29a11953dc0c24158a0134fa792253f647b376c796f30959f9fc01114633ee90",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T19:50:09+00:00",
 "signature": "TRRecp+Knk88aRAbeBEtml95sapAkLHc9Lohcx7/JyHvu8f1ZVqHCdKB5XUQH0WUrk3YIx1P+M0vHBIwHmyGCA=="
}
