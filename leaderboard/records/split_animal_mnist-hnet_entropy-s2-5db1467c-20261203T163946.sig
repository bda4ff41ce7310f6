{
 "schema": "clbench.signature/1",
 "record": "split_animal_mnist-hnet_entropy-s2-5db1467c-20261203T163946",
 "hash": "84982c02b33e84f6ddbb7b583d4d431768a3b6da3741e8f187caa81a7cd2d6dc",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T17:12:58+00:00",
 "signature": "jovf/IsfYvbyTULzvVeDcvS/ycJGws8VdhML5qIoiYf+sycACHt/sCCIYuTGqhqwwymPflYkTYwg+KudAG6OCg=="
}
