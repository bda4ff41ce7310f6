{
 "schema": "clbench.signature/1",
 "record": "permuted_mnist-finetune-s1-cc0e4e05-20261122T104918",
 "hash": "ed08d504a21d600757a17e6699440f8da2d468d5502efae917b07b5ca760c302",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-01T21:55:02+00:00",
 "signature": "nuWR7GUnEFMmjyYeyirA29sEhMeu9HRea97+/dxtkRmjYxnMNnWntOdipZ1Nu21KVVROjxYoKQaVA0TqM4wVAA=="
}
