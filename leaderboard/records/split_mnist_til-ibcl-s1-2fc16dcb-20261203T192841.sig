{
 "schema": "clbench.signature/1",
 "record": "split_mnist_til-ibcl-s1-2fc16dcb-20261203T192841",
 "hash": "0e1ff7f0af0861fd53a5ef9dd9e8b5ae13e6009a1312126eb7ab0fc1d4baf06c",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T19:50:11+00:00",
 "signature": "obw2DyExzm4z6PAj85V1TSGO/UWpcegTZ9RV8JX5HNmaj8oyqQnEVbtfY0fQ+kWiiLniR9o0aydf1LQsw1vEDw=="
}
