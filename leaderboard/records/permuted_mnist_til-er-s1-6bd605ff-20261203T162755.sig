{
 "schema": "clbench.signature/1",
 "record": "permuted_mnist_til-er-s1-6bd605ff-20261203T162755",
 "hash": "581dfabaadaed4d68c3abe598f55427a60e28f48e312df40300931856a357f77",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T17:12:51+00:00",
 "signature": "FLFMUVOa2TEIsWsa8vnmbc+OZXh4db0toqSsonCd9jy5+koWwd244WlnT+5i7leZy5l7+ZwtuQCYKo2kpJfLCw=="
}
