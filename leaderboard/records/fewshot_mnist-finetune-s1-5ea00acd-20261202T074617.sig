{
 "schema": "clbench.signature/1",
 "record": "fewshot_mnist-finetune-s1-5ea00acd-20261202T074617",
 "hash": "8ff2d4d08406dc7bcf7f491678d5b12b23f8dfd74601087899a7153406b78b3a",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-02T10:12:34+00:00",
 "signature": "RaJnfhh74X2h6o2ITMtcZ/e590Yn6INGVduRWCXTTetjLk8UnguuF3n4xWzakywHrlI9XmYLPaA9zPX6XTEmAw=="
}
