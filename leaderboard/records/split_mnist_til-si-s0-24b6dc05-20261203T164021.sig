{
 "schema": "clbench.signature/1",
 "record": "split_mnist_til-si-s0-24b6dc05-20261203T164021",
 "hash": "1c63158efe6bf8a3186a3fc239abb3924ebd297fb516b5ea4ae68352c4f74173",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T16:49:23+00:00",
 "signature": "2SjLX0nKoe0WZtGqFAgmuevtjp2uIvUZs0dP9qMnG5j6cThyC0hcqeaMqRyuIkhmCBW6c/JcgRHRMH4KzWlIAg=="
}
