{
 "schema": "clbench.signature/1",
 "record": "split_animal_mnist-icarl-s1-32136d4f-20261203T190217",
 "hash": "ab6c7db1eda5b22e6321a3dc97e390e30eeb68938a2eea54dfe5229ac08ad596",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T19:49:52+00:00",
 "signature": "G/tDyMuEBE2V+qh8J1Lf0nr48S3aNJ4zB7OsgjbIn/KxFAwrd+oL0N5UtokFoZANqizHwbPEOoMvQKN03RL5Cw=="
}
