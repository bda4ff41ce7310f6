{
 "schema": "clbench.signature/1",
 "record": "permuted_mnist_til-metaplastic_bnn-s2-adb0849a-20261201T214837",
 "hash": "1f8e802576d1261b7ccd3a2ef086eb277058fce3c736634ce2973a8c909f130c",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-01T21:55:03+00:00",
 "signature": "nToUg5d6i+BCQzr24KfSF91he75ahMBAV7urXFU8fy85/yaUhT9AR4LwF5V8g+UP2sZoCO4xNsQ37s8Rmm/MBw=="
}
