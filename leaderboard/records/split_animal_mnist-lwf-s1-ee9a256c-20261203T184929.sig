{
 "schema": "clbench.signature/1",
 "record": "split_animal_mnist-lwf-s1-ee9a256c-20261203T184929",
 "hash": "2035bb9e95880efba1adc6b76907a6282ef7dbb226e678daddeb6a21469ef05d",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T19:49:52+00:00",
 "signature": "ZN8kLErlWSQGz1PBMjPnmPMHGsqW54pIN+VADesDWgL/I7Ht5eh4IlptCNb1Q+U++R8+Qrti7JoGFmK989tYCQ=="
}
