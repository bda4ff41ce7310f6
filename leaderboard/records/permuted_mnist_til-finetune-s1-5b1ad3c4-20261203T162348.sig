{
 "schema": "clbench.signature/1",
 "record": "permuted_mnist_til-finetune-s1-5b1ad3c4-20261203T162348",
 "hash": "3f8f92ee6d1453a0caa2f22ee29cd794c8667864662729d1df2cead90293f227",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T17:12:52+00:00",
 "signature": "mWMHoD+noRWUtsazxT6xnuYkgEkWhZeJBOmTUFri+xmKVTnwDvk5oAeX++MGA9EijCQlGuQWAZVgGNN7XtvLCA=="
}
