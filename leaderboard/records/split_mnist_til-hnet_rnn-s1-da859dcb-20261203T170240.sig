{
 "schema": "clbench.signature/1",
 "record": "split_mnist_til-hnet_rnn-s1-da859dcb-20261203T170240",
 "hash": "3bf49ff9e6241e92606077d0a0e56b4674e51134212c30fda2f554ebfa65f2b7",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T17:13:09+00:00",
 "signature": "tgwE+OzUC8NBYZ0QijnXx/8bB7GmGLMh3T9fKZ4svvcdZ6MEMWTwI2PfzNd0Qp0Ec4wfg9cY5/rLHKuptPbqAw=="
}
