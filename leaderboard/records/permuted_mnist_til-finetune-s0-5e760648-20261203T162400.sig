{
 "schema": "clbench.signature/1",
 "record": "permuted_mnist_til-finetune-s0-5e760648-20261203T162400",
 "hash": "2a2dcbd1c6cfb9f538b5ce34655338cac63e4990928b709f9a8fd84c1bdea81d",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T17:12:52+00:00",
 "signature": "T1U8OCVlPHkCDxgl/SFdgXhlpUoGyJvhc9eqHjsqIZiCdrODCHrIRVGlwK934lKQR+EmdNKVJR5IcYOWe7c2BA=="
}
