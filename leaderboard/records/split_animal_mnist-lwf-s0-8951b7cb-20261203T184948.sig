{
 "schema": "clbench.signature/1",
 "record": "split_animal_mnist-lwf-s0-8951b7cb-20261203T184948",
 "hash": "c5311f82a18e8f2b4a1b230f81e77301867cc03df1d883fd7be3b4caa8f904e1",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T19:49:52+00:00",
 "signature": "EgSxvswaKTsw8vwmvYBPdl1+jjvCnyfjvcDi3/CF9/Ns9eT8/H3gVGWm9sgYeAil8Cd3B6wcE0eEFRtvc11rCw=="
}
