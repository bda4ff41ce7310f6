{
 "schema": "clbench.signature/1",
 "record": "permuted_mnist_til-metaplastic_bnn-s0-df93e816-20261201T203042",
 "hash": "148274d24296859c8e4e6575f36feb41e39ea33f7c9a4b726800a81c81eeeebb",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-01T21:55:03+00:00",
 "signature": "KnyZuD22k+DlNjdGuUEZYxF8kGo6JRfWPIz4AQtyqFpvId9ZOvoTuZHZDwQ+uiEuRBvj3f6CDl5jASDxIJ83DA=="
}
