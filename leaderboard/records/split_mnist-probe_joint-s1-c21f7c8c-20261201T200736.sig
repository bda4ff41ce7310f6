{
 "schema": "clbench.signature/1",
 "record": "split_mnist-probe_joint-s1-c21f7c8c-20261201T200736",
 "hash": "119196aaf4d77a416ff686b45ec460f25d2b72578a8b8e5e37a38cc75d18c010",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-01T21:55:04+00:00",
 "signature": "6EKuw4dXljRkD7jFhE3Fnmb+xEeE6lOBqQys99K3EPlxShj3jI0IB+j2WmHX9U3/V8oHWZaK7DI0JhkOLYuxDw=="
}
