{
 "schema": "clbench.signature/1",
 "record": "split_mnist_til-supsup-s1-a10faf2a-20261203T163026",
 "hash": "1d2086051f03f89e9dfe77e1c8978736f7d443788f9a11b9fe01e1fe2ba330bb",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T16:49:24+00:00",
 "signature": "y+774lugWVFgJqBct8rjeS1s29T1nREGLv2+gBN8ighttABbVKSzd8K40k+8ImHS+ZqlR2EiEJREl9ByU+vCAw=="
}
