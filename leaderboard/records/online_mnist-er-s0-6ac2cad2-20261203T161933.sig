{
 "schema": "clbench.signature/1",
 "record": "online_mnist-er-s0-6ac2cad2-20261203T161933",
 "hash": "46e2bf295c0f3104304b37c9db53b53473103460e34f4e51ab88bdf642aae9f6",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T16:49:06+00:00",
 "signature": "eQYO7YGY55Yd8jtqv3fvOYlyZy49eWAIrYUJch2J6K5Z3STGrAPZnJrH5REVd+nf6cocloyi6V1pAd3Oo68cAg=="
}
