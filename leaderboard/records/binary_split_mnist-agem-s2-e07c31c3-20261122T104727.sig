{
 "schema": "clbench.signature/1",
 "record": "binary_split_mnist-agem-s2-e07c31c3-20261122T104727",
 "hash": "0108b9b090411325df187ce3e061431d40b98bf7deaa69ef26a73918583ccc95",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-01T21:55:02+00:00",
 "signature": "4osVptBMS090M7ELYw0Qc7hZs1Af60lL3M9sEBKFVHOgvRNAPdR+gXlWU+p+L1V/03FfMMJJb+FsXF1FX8EJAw=="
}
