{
 "schema": "clbench.signature/1",
 "record": "permuted_mnist-lwf-s1-a3b772c6-20261203T192109",
 "hash": "a4580861f70f70c8b2838f9da64f102387f2c8e6e5a96bd253f95af3f2314569",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T19:49:41+00:00",
 "signature": "puL5ba7z8ScTBY8gbR6O1dDIbvGNvHE/J6mfc23Ila09UG7bZtJPWWzqXaEHpObnP3L81spmY5vSSbeXR1haDw=="
}
