{
 "schema": "clbench.signature/1",
 "record": "binary_split_mnist-ibcl-s1-9dd744ce-20261203T192344",
 "hash": "9adec821becd09d5642b79027b8edc08ef1e5ca896ff4890f2d83d7ec712a32b",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T19:49:33+00:00",
 "signature": "iia9ncCnDYNO4/ZWtwXSGdj5gAuf6wAwTEenhMFGPSbS2DZDSIe0Qlu3XEs1e0+N5Cyu9T/4Tzi2UDhJjvuEBw=="
}
