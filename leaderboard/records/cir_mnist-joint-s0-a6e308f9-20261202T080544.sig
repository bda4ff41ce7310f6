{
 "schema": "clbench.signature/1",
 "record": "cir_mnist-joint-s0-a6e308f9-20261202T080544",
 "hash": "563fbe217eb0db6bf575bd93ebae1dd60edc955f524857af2cde86fdb4f79869",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-02T10:12:33+00:00",
 "signature": "LgHBUAXJbe7zPzComzHPH7uyl/K2rZk8BiYw13ge1byleJJWSf7Tai5+S0kato/yKqGcxaWK4onMbU5pRXFaBQ=="
}
