{
 "schema": "clbench.signature/1",
 "record": "permuted_mnist_til-supsup-s2-a1ab41df-20261203T162423",
 "hash": "f1bdb97f2c1ae40abc665e81249dcf14cd8a805f3de691954017a32f813112d7",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T16:49:12+00:00",
 "signature": "seBVtpx4knQs+PvZe2in25xdgqvLPbmAaCbkaDgmsE3m1PXlLXgVpSBBvVoZW4JgZiI6lR99cJxJgle7tsNyBQ=="
}
