{
 "schema": "clbench.signature/1",
 "record": "binary_split_mnist-replay-s2-62408372-20261203T085023",
 "hash": "02c1ac6d92ea4e4c9d4c9d1b77b19195829b6a2af1eb95ba276175454f653ec0",
 "alg": "ed25519",
 "key_id": "2c38c21576235c14",
 "signed_at": "2026-12-03T12:39:21+00:00",
 "signature": "XlPvHI8ISYjw9e6SWN+Y/SH5h45isdLzMs776grPMS1KFB1JHEFhXnw1uO6iukqXse+fucMQ24jyTjL0kC+yCQ=="
}
