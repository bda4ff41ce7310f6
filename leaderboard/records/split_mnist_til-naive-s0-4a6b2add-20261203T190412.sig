{
 "schema": "clbench.signature/1",
 "record": "split_mnist_til-naive-s0-4a6b2add-20261203T190412",
 "hash": "a31a321a7cbbf7fee3f7aecab5bd5a5e480f0527d5a65101ed88ad16bd69ca55",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T19:50:13+00:00",
 "signature": "pElPs/Xpif5VrguByQrzUioOEcECZnCRV4tlNBNpFYvVEOn6iP3FmT6UNqkTUUEIOI4Uu0jcpR2alBkFr6sPAA=="
}
