{
 "schema": "clbench.signature/1",
 "record": "split_mnist-icarl-s0-957c6e59-20261203T165156",
 "hash": "59743eb108e00bfcd33b138ce6da35629c9833fbe7742d1a0e40297736cbe08a",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T17:13:03+00:00",
 "signature": "mXIg2T+xlkfWHP8H7PSLCrA6BQcyL5S+k/XenUucH4NnmazsgDtnVRs9EY5SbkgQl+63W7/9zUawn6sQCMU1CA=="
}
