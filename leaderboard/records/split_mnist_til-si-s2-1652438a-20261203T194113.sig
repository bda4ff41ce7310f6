{
 "schema": "clbench.signature/1",
 "record": "split_mnist_til-si-s2-1652438a-20261203T194113",
 "hash": "78d7ceb6b0b5fc62f78d1130df8807a6c1b9decc164ff1bb453bcff5ff20355f",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T19:50:27+00:00",
 "signature": "7x1yo9FQrqhcdpsrHXmo+jD/eXwB0p2Sp2Up9jmdoaN5/TqmsVzFgb0OfcO1EDFHh6zSWJLWUwzRIcojr5fbCQ=="
}
