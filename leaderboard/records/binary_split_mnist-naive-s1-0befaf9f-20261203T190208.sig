{
 "schema": "clbench.signature/1",
 "record": "binary_split_mnist-naive-s1-0befaf9f-20261203T190208",
 "hash": "073b5cd559a9960e90caea3308b99b6dbcab9eceb2f09dbd1b9aee24781005ff",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T19:49:35+00:00",
 "signature": "9wLs86lQjbwXYuJjvbKu8BkQsVyzQSG2LXN1ObXK1h6M6o2W59PCYai3eDg+9SlMHokIuat0jF5gGf3fV2PpBg=="
}
