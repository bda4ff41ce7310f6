{
 "schema": "clbench.signature/1",
 "record": "gilcd_mnist-er-s1-d33ebea4-20261202T080813",
 "hash": "61c60287c6bb034871715ab0909c386aa209994ac0115faad2c7ea4f4ab15178",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-02T10:12:38+00:00",
 "signature": "bhV5+in3dHcm89xTUZ5kLMEs2wN1qtXhveekg3pn6HBOOHAKGmb0dr0dsFb0Y9feyJC5ofxK66wHK02SNGKSDA=="
}
