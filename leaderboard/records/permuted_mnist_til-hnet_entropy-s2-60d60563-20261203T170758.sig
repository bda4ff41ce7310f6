{
 "schema": "clbench.signature/1",
 "record": "permuted_mnist_til-hnet_entropy-s2-60d60563-20261203T170758",
 "hash": "b3c5a046222abc6d19efa2769cd9145df1ca50912dd4b3f7ff0a75ec26c86865",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T17:12:53+00:00",
 "signature": "uD9R9C3ZSkexKue73m2A9s8AzP7p7qlNE9ILQ3vTwnQl2bdCx7Qizyuf2bPvE45Z8+4sIFHKlsN1xyc19h/4AA=="
}
