{
 "schema": "clbench.signature/1",
 "record": "permuted_mnist-ewc-s1-c0ec7756-20261203T172424",
 "hash": "28cc557fbba0d5f15a266332de3c7b0d7a7cad61a17f3b5fb5cb25fb460177c7",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T17:35:42+00:00",
 "signature": "B/UBxBQIk3+3euRBmI9aQ1h2agBipCxzS6sEMe2lH5qtqQ/WRTHudNNEmnPb1/VwwRCysx5Xb88cu8WbtFjvAQ=="
}
