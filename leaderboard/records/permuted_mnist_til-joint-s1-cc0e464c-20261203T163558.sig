{
 "schema": "clbench.signature/1",
 "record": "permuted_mnist_til-joint-s1-cc0e464c-20261203T163558",
 "hash": "9ef67425248fd720f4e84a0af43fa7ba426ebc1e937bd49a81d90f2d8f8bcdbb",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T17:12:53+00:00",
 "signature": "FF8M94SXj+aCAogGGht6motbrRsp7inyxOOqTrJdCLhhg7KtvTEHHpMkNJ9gXe1y40JxJONe3otvBYgdKjR/DQ=="
}
