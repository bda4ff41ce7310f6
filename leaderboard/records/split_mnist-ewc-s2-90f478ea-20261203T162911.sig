{
 "schema": "clbench.signature/1",
 "record": "split_mnist-ewc-s2-90f478ea-20261203T162911",
 "hash": "4bdcce89b5af8362b78d5e0d389cb9fbae1a2d3bda9ef6155619a54faf1743fd",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T16:49:17+00:00",
 "signature": "7uHw/RuUsLkmJSDqfIm2ubcq2x3SDzzYPxuwBk341nn5EpHPEe19Tj9MsmDPNGfOWZjYeB6KNlfinZs6mgxPAA=="
}
