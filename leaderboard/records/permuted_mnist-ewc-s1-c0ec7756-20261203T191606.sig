{
 "schema": "clbench.signature/1",
 "record": "permuted_mnist-ewc-s1-c0ec7756-20261203T191606",
 "hash": "85bcf83e2faa1df300ad1dd966d9eb7b688cc423d2eb662e28abfba2d9a4d968",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T19:49:39+00:00",
 "signature": "cSvqKLUQ6HopCExK+JRKyltsgZV2EsYxpsY5EZWn8kjaLAYdGUeFnJzRyoKUp8/orCwwBp9I9bE9ODm4WHiCDg=="
}
