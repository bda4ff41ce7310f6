{
 "schema": "clbench.signature/1",
 "record": "binary_split_mnist-ibcl-s2-8be7b0ef-20261203T161850",
 "hash": "a2c36f9499aaf631a5c3062d22879c133ea36733e5c18faa00ce06fb84d23598",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T16:49:05+00:00",
 "signature": "+JJzauIvjsaWVp0jpv3AnrWlK77qeU9gCMv15RKK+buziSRSGRzo1iaisWljPyT372mzhwljPIYU5GW6PtmiDQ=="
}
