{
 "schema": "clbench.signature/1",
 "record": "split_mnist-probe_joint-s2-12432e85-20261201T200914",
 "hash": "14a6645cda020708d725204aaf91ae49471be6660fa60846f5efb53b9edf747f",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-01T21:55:04+00:00",
 "signature": "AGUvgsVsUeZeioB/qJDoj28Kxk95oB0/6Q8xRV3MnZa7EYfI2E2WJfcxgmLi6IUwbk/L+P3gjZhu+2sXG9XhCg=="
}
