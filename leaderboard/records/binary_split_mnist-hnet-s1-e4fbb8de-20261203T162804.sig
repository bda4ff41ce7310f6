{
 "schema": "clbench.signature/1",
 "record": "binary_split_mnist-hnet-s1-e4fbb8de-20261203T162804",
 "hash": "13e685e163522131782243198ba1b18bc637e9be9435bedff7877bda42236ff2",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T17:12:40+00:00",
 "signature": "wl/4XamGgBQisdPg2CiWWs0mB9osVv0uaeE6xyLLvfnQiUCxOeKqmhJm8oaKHrI+QqANUibGpX6MWnI7m7V3Bw=="
}
