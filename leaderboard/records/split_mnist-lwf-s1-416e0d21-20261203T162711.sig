{
 "schema": "clbench.signature/1",
 "record": "split_mnist-lwf-s1-416e0d21-20261203T162711",
 "hash": "62cb96d6e7820f464e8d7bceb95a33bfc80b228e029321b7dbecbee35371d9d4",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T17:13:05+00:00",
 "signature": "/vpeIuX00knaVWkMcEjNvQtlZ6v5/YucqA1K51QPopwSDYRPDye4cfZlLei0Bq7OirCmKEp2PCKK/G5w+8X7Cg=="
}
