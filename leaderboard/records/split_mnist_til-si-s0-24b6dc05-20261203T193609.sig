{
 "schema": "clbench.signature/1",
 "record": "split_mnist_til-si-s0-24b6dc05-20261203T193609",
 "hash": "6aa5c8f5a46d88776813450dd6eed88814a114378e61ded4fd8337fc2029be8f",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T19:50:26+00:00",
 "signature": "ZFjwEWiqZ6GSta/KOrFq4VY3h9Oxr9K2V9iAFgSWbk9NdHHQ7dzJZkhcQ+PpNTsyREQNRTyRybInhUBai+W+Aw=="
}
