{
 "schema": "clbench.signature/1",
 "record": "permuted_mnist_til-naive-s0-e4f5fb7b-20261203T190554",
 "hash": "e9b6db9a93ad531ad55bcc484120fa9ea2ac62528947bba7e73e4e237aaca4e1",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T19:49:47+00:00",
 "signature": "b2avm3UECpC68AYg33cf2Y7jYcBi3l062BSQhVuHgZYoKIKNCcTJSaSpFUEw9/o2DsXmBCEWoCq2uar8lm7oCw=="
}
