{
 "schema": "clbench.signature/1",
 "record": "permuted_mnist_til-gdumb-s2-ad0df10d-20261122T140118",
 "hash": "1ad21ac98be6e2df676622d0f1989aebdde3f62c7a242df4999b5ba69a4fcd03",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-01T21:55:03+00:00",
 "signature": "wm8i7pF2nwFejsRbg/ZuXjzE0nN+91ILXOmXszyl7sAPXKQ/WMa+QWoPHnHH6d/EFmahC+U18Zht0FUX4S5BCw=="
}
