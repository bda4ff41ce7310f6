{
 "schema": "clbench.signature/1",
 "record": "split_mnist_til-finetune-s1-09e8aa5f-20261122T104855",
 "hash": "cf59219026e2c45ed61c0649efe6c53d794de1be1553d87d48f88f346e81c6f8",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-01T21:55:04+00:00",
 "signature": "V30ZJs5vvEhO3FlUCBx/6E8xGhHQ/xyVKuxi5WkfZb/jSY00OwKhoJDD9pPhvqdP+f2ZluWhiGTOHIRUbI8uBw=="
}
