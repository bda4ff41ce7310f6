{
 "schema": "clbench.signature/1",
 "record": "permuted_mnist_til-naive-s1-91262c03-20261203T165323",
 "hash": "fa4b7163bdf850095ffec76043957e12da95c18c6afcc028c69cc8cee0105ef3",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T17:12:55+00:00",
 "signature": "d5dFs2oyQveUlul3LG8YLoN1x5XdoIAd/Sd/pAqX1n3H3sI6VwQ8C8mSIGpKUTGlsKgdvNcFOwKo54CwYF/sAA=="
}
