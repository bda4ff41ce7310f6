{
 "schema": "clbench.signature/1",
 "record": "permuted_mnist-naive-s1-cce5bb8b-20261203T162642",
 "hash": "eee0b9fcb308b9a2dfa14a42e30bd1253ff7f4819329fd7e6cb39f6c08580833",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T17:12:47+00:00",
 "signature": "Efk7vcYpN7lKG1dfumL6NA6OrX5Ve+KEROp5w2Xiw72LKtP/U7FYCl8ADIqkQugFni3zdLjT09lRPP6FXl6gDw=="
}
