{
 "schema": "clbench.signature/1",
 "record": "binary_split_mnist-clr-s0-a85b4a8d-20261122T115442",
 "hash": "8d32eb81519fef2629ca920f33065e7fbb133a94553a3bb24e5f04c25a55c333",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-01T21:55:02+00:00",
 "signature": "itkygBix17bQk+J51gwZ90orWTE7wYaCiAGd5GbgvdrZbH8T5uRa++9cWTB5/ZYL3VntIU6c9KTVq0wruKC+DA=="
}
