{
 "schema": "clbench.signature/1",
 "record": "permuted_mnist-gem-s2-deb0f718-20261203T192618",
 "hash": "0808ed3553c17ee2a2975df1c4c9ac975231ae4e8b0b71d2c70dd3527eab07c2",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T19:49:40+00:00",
 "signature": "G+qGI3QM51NohXqQmm0qmog4XrI8Efxf7L9mPnp41Pl7tInrdzZCKY9A1ZxjqfwLnpCSIdu9oxn3HktUdns2Bg=="
}
