{
 "schema": "clbench.signature/1",
 "record": "split_animal_mnist-mos-s0-9525e1d3-20261122T112757",
 "hash": "25dc92006473f0e0166ed65bb1c608ac8e00d625e34999812be99c1f1c0606f6",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-01T21:55:03+00:00",
 "signature": "shWhaS9VqBC3J8Gl/76Z9Opy/oFT7bkdj0y8CHWxIzbtnAmgpQOghjXxQhzl7FVIJ4GSsOP7j5vfHMNPbfJ3AA=="
}
