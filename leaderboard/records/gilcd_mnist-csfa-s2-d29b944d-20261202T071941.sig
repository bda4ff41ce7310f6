{
 "schema": "clbench.signature/1",
 "record": "gilcd_mnist-csfa-s2-d29b944d-20261202T071941",
 "hash": "77203b268da8d7bc13aac09e0784931cd463385159c9996155b302c54059a4fa",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-02T07:24:22+00:00",
 "signature": "IFBIPDie/weMwhYvae7pDFv8bRJUqITpEmsy+XJfzN+EuDzkJq3ldIy7xayloORRh8zkVN7djW7l+Zl90lcUAw=="
}
