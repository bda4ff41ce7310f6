{
 "schema": "clbench.signature/1",
 "record": "permuted_mnist_til-hnet-s1-12d0742c-20261203T165948",
 "hash": "d4bff5d11dd38cd54b5a584a4130bc52c442c22e9182037b31757cafa1924949",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T17:12:52+00:00",
 "signature": "i+nAZFX6Bb6BAX9juews+2rFP2NINTNQUI+O41K5ECYVcQE/VDBQJ37N72MrF1Kysse3P+0J2WXeAlkOgsEbDA=="
}
