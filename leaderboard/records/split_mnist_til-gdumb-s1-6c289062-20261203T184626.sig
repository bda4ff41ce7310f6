{
 "schema": "clbench.signature/1",
 "record": "split_mnist_til-gdumb-s1-6c289062-20261203T184626",
 "hash": "c8856dcc7c06930823775e4a9bf3a98412be1cccfdb28d50648bfd7e686be7cf",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T19:50:09+00:00",
 "signature": "lNIVFdAzSu9aLjTBRbQFVJaxW7N4jF9lPFnwnqL2dLAFPxmOia87pEmlMjzDO7qTU6iKUDLBqYHnVqf4Na74CA=="
}
