{
 "schema": "clbench.signature/1",
 "record": "split_mnist_til-agem-s0-31b96a41-20261203T190658",
 "hash": "ac7a47ff52ee1f20e02327b31d19c037b1c3f56cd961aaac88d6bbae12bf9757",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T19:50:07+00:00",
 "signature": "dbO535g/hzRRpILLSNp/22DCd9kub+nNmVjda5JGx0W0S+wBPEo09mLmN2UFGVH/fIbZepbadCKVNfwq5nopCA=="
}
