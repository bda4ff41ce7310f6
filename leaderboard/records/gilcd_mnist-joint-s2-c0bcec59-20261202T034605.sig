{
 "schema": "clbench.signature/1",
 "record": "gilcd_mnist-joint-s2-c0bcec59-20261202T034605",
 "hash": "1fc5cd811dea4dfd9f99d5a7cf24d39a7b54239eba1a3c29d08118a0ecf97405",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-02T05:13:00+00:00",
 "signature": "v5h1Z0OY7/ADkf0AFEhp3Y7opRFHY7/OLs9FgD6n2EeKcnZRcwMVi2JVWf/aoE9UVgEBg03DnBeGQjRo7ToCDQ=="
}
