{
 "schema": "clbench.signature/1",
 "record": "permuted_mnist-lwf-s0-2e3b6eb0-20261203T165134",
 "hash": "885efff8f4d58a6b8132e39b08124ecbd99d264899074b5494ce5497f3c7f92b",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T17:12:47+00:00",
 "signature": "tHUcakZTaP5OEAhAiKYUCqZN6bXZft/6KgeSUBw3p+N6bWJsx1EdOMiOi9EMQjcZ5ETysEpn+CWNoaxnQEGiAg=="
}
