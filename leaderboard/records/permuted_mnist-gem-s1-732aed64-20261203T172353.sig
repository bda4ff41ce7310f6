{
 "schema": "clbench.signature/1",
 "record": "permuted_mnist-gem-s1-732aed64-20261203T172353",
 "hash": "e4e4e48aafd80f23e91019866677f7bce00b410b1036a02138793200f140d0c8",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T17:35:46+00:00",
 "signature": "0ZltIZZgIjwX2DO7wfSUIhBdNkGKfVyeEPGr1KI4JSLeth5IEDMBTr4A/dluip8HvxW10OzwiJwwDFyAwIASAg=="
}
