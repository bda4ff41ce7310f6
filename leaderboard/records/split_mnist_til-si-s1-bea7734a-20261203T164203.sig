{
 "schema": "clbench.signature/1",
 "record": "split_mnist_til-si-s1-bea7734a-20261203T164203",
 "hash": "3e9c43eaca374905bda16bac0a8b514b67cb794bea061cc45800d27113bb17d4",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T16:49:23+00:00",
 "signature": "F+KYcwQR6Oaa58bhzEl5HibNi7qkFElyiW9gp5QiQ8IJL/R/J2rUcoaZZqFzbg9muGVHra1kRUgS7zFpicNbAg=="
}
