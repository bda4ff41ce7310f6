{
 "schema": "clbench.signature/1",
 "record": "fewshot_mnist-joint-s2-cf089f7b-20261202T075446",
 "hash": "bf6605f70c8ed9803c8641fd4d9e3868d571125285759def67f827719ed5658e",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-02T10:12:36+00:00",
 "signature": "v45Z9TAHPO4dR7/b8r2tvmzKR0ei+qsH3Y6pnPmsarEsxE212cLKdi//ldF9PRnhJ+p7DY9xzio7ktvlJ66rBQ=="
}
