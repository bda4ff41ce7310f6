{
 "schema": "clbench.signature/1",
 "record": "split_mnist_til-si-s1-cbc3702b-20261122T100509",
 "hash": "3e807ea0f54694904bbbddfe371202d27c91a14073adfff12a9fba36cb600cee",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-01T21:55:04+00:00",
 "signature": "QPizLnCOo3judf5gZTNngC7bunpneG2DDUSgx/Mpe0UYAZDKAoOCfKgipFGdWbrH2xp722Wu+/nzsKxTpMr6BA=="
}
