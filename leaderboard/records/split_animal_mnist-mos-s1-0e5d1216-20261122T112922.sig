{
 "schema": "clbench.signature/1",
 "record": "split_animal_mnist-mos-s1-0e5d1216-20261122T112922",
 "hash": "133227f9605133a8aeb87d2b1ab0cccba1f71ccd5000c1dfd78e932b4abaa71c",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-01T21:55:03+00:00",
 "signature": "b/10M4wRDMt6xlOSW71iqxsP5PDEGB/ZlmhPsfj73IrKGWr6rSZxJdEAAwb0tYQ45dEeZlUy5FlnTpnKrK5gAg=="
}
