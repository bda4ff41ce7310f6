{
 "schema": "clbench.signature/1",
 "record": "split_mnist-icarl-s2-7df940e2-20261203T164828",
 "hash": "1a76416909e32d48367905f06f8a1e74fbdfda3fcc78a5fb365d57e7562f24a3",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T17:13:04+00:00",
 "signature": "DHxFucjQls1kzEzu7vmcOrcOddenLNIp/Pvz5+T7109IxItZM4827kyZ6F6YNQjE1s3fZGQMN2YQhIQsM7XpAg=="
}
