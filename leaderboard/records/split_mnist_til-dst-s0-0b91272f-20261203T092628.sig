{
 "schema": "clbench.signature/1",
 "record": "split_mnist_til-dst-s0-0b91272f-20261203T092628",
 "hash": "7dbccc6172f7577bec71dd35bc7c9d1c8e1a4bafb8c084b23ccd9af9fc4cb43f",
 "alg": "ed25519",
 "key_id": "2c38c21576235c14",
 "signed_at": "2026-12-03T12:40:10+00:00",
 "signature": "RW4rDw+IGbRQnCmAeu1P8/JPyO4g7IdE7BeXEweqkQlqrnU6VjtMYv7P+xxXAJ8qGeEIBWL4T0nnW05aiCWkCg=="
}
