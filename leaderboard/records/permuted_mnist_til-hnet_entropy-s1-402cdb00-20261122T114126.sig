{
 "schema": "clbench.signature/1",
 "record": "permuted_mnist_til-hnet_entropy-s1-402cdb00-20261122T114126",
 "hash": "059dee6c5bb0f58d45fc1b0ed333a9698b5691588a6cf8f6ce5bdcfce97ea5d6",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-01T21:55:03+00:00",
 "signature": "2mVDS/BVCb189wkdcFpwDkiPCMkIZjv39bQDcEBIUkGNUpi3yV/aKbpg5JKj6TJTsor4hB/Ol4Uskn50jR17Bw=="
}
