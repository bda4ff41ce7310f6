{
 "schema": "clbench.signature/1",
 "record": "split_animal_mnist-er-s2-85d52f5b-20261122T102257",
 "hash": "4609fadddba947e6c7eb982df91733535b04d8506166cbc745cf0d09e54c8756",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-01T21:55:03+00:00",
 "signature": "q6Z6mR2wtl6jhbN/uoxNleucY+x1Yr3vmZgljkVwcUkQw1odno6be8Ok+7srI5/xW583G/SKBrCv466PQqdRDA=="
}
