{
 "schema": "clbench.signature/1",
 "record": "binary_split_mnist-icarl-s1-ae60f7b4-20261122T101446",
 "hash": "7b7057db132edf6da02b27ec620b4758529fcd137d1748676078b8a76b381e84",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-01T21:55:02+00:00",
 "signature": "rKouymENX69QG5N8fqrnWcF62Pek3FXtphPDmxOs+Qp3OxI/KPQvRRmckTNBR8UBMdFqK3A4tP6mhps8ov9uCg=="
}
