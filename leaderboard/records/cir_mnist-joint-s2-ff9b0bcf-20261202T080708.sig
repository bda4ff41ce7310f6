{
 "schema": "clbench.signature/1",
 "record": "cir_mnist-joint-s2-ff9b0bcf-20261202T080708",
 "hash": "bcc57b144791f14d4ddab964fa1b4fb4b9e83f6cf442f69d9d6acd9637b2c560",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-02T10:12:34+00:00",
 "signature": "OdO1opvmKUflt1wDQh/pjcPBiqcWdHFrBVbcDbPy7vAgQYdmLJ6qQDBQ8WSsVq8u3s/A9sm6ou8BTezOY4X3Cw=="
}
