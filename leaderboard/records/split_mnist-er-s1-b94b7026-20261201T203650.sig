{
 "schema": "clbench.signature/1",
 "record": "split_mnist-er-s1-b94b7026-20261201T203650",
 "hash": "09cc83b003d59116f9268e9ff900429fbe1bdf6fbe23a872be276b5b16a89b53",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-01T21:55:03+00:00",
 "signature": "Yzl/XEHaZchIYSFRglhdUuNJ/yR8AzWafMy4/7dtRV66iVbj8+Xq8zWEAUv1qkQCW98b9Aj0BnF1ze/ql6/TCg=="
}
