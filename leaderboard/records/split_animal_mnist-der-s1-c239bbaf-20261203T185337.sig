{
 "schema": "clbench.signature/1",
 "record": "split_animal_mnist-der-s1-c239bbaf-20261203T185337",
 "hash": "b8e23fcbcefa23f6d36938930aff047b81cc13996f8bcb20914f1631aaf54ac9",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T19:49:49+00:00",
 "signature": "e7SLx3R3OKkbLL+PqkrYTX1vNlYeIlKQiCNKDeRg596E5cOzAVEcyMpUNL6i4X0IFK/Fui2fzxNeSWlApDRzBQ=="
}
