{
 "schema": "clbench.signature/1",
 "record": "fewshot_mnist-mamba_fscil-s1-6bc3e04b-20261202T072103",
 "hash": "1063dd2e8f980c33a18b2ed67deff06adc665676c0e0900b0cab7926bb80bb41",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-02T10:12:36+00:00",
 "signature": "tCTefI3Cuoug/oYyifm2OSAH5MdJuFLiVfsH9YEU9nGn18ei7vzgJrHwAGr36kO3lVvKbNlsMK5w3PxllPLtCw=="
}
