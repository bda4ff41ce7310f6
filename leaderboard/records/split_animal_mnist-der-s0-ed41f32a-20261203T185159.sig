{
 "schema": "clbench.signature/1",
 "record": "split_animal_mnist-der-s0-ed41f32a-20261203T185159",
 "hash": "0e32d40bccda9f5496c52978f9c070ebedaa90246dd547274e3b74c459b12291",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T19:49:49+00:00",
 "signature": "tDWlzRy44z3LY2C9jVROF0dya8NMHHjAUXuRm7y+UX2hsiW4TFSv6/Aa2hE28FHZLNaN6jDsVEXdirl9/eh9CQ=="
}
