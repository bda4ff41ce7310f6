{
 "schema": "clbench.signature/1",
 "record": "split_mnist-sema-s2-f92477ce-20261201T212442",
 "hash": "23cc882108791747e0808e8a5ade7f90117d25feddecf2038858bd9ae1f49131",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-01T21:55:04+00:00",
 "signature": "/ml0L3/miw2CnhfZX3V19OnJxdsEW12GMjHIPSKxlNdkHpRt/le2HNeKhn9VdnELNhkg2XTNrkDtORabqWOoAw=="
}
