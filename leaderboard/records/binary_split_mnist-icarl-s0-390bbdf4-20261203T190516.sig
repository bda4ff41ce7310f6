{
 "schema": "clbench.signature/1",
 "record": "binary_split_mnist-icarl-s0-390bbdf4-20261203T190516",
 "hash": "72cfe0245711bc8ab5e329f97782a4db01ee51bddb9f6e67928db7176e4e8209",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T19:49:34+00:00",
 "signature": "PhaB2X0Hum3MRA/TwG8CroMmARd+1sY+qChULEiPqS9F3BREneG23NLe9woC5lbMALUJj2yDNh6WzMd84YZDAQ=="
}
