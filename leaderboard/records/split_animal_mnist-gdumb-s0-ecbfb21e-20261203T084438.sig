{
 "schema": "clbench.signature/1",
 "record": "split_animal_mnist-gdumb-s0-ecbfb21e-20261203T084438",
 "hash": "a8a4ddc92f3ff73647d431ef3bc13891c7ffbef4235295d3d55864cca651880e",
 "alg": "ed25519",
 "key_id": "2c38c21576235c14",
 "signed_at": "2026-12-03T12:39:36+00:00",
 "signature": "+RMsQ51yClCSWqfD7WaPYO/sVjId13hTVd09D8ImaqMCz2RqONUUUpsEO57a+TSu43SV+trlJUHRGsLLnYXwCQ=="
}
