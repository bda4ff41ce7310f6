{
 "schema": "clbench.signature/1",
 "record": "permuted_mnist_til-replay-s2-89dac573-20261203T190746",
 "hash": "24f2034e1a389cadc716f3c508bb4be4f45a1ca9dbfddce9495b6e1ebc66143e",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T19:49:48+00:00",
 "signature": "toDXegUHdpI+h/S7Flh9QRxVyRjICb8CsQ1mGxYJ1FsOJy4wWUTkO9oNQZC48/iRNmtSs9ivgNk2toNRWk5eCQ=="
}
