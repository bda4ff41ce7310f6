{
 "schema": "clbench.signature/1",
 "record": "online_mnist-joint-s2-f2f1b3b7-20261122T134324",
 "hash": "1ac3779c72aaf01bce856dd754dc4028bb6fdd0c0e2530b6c587735756fb42bb",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-01T21:55:02+00:00",
 "signature": "T9s6B5QxnqJ1lQanVE9jmdTi8Hkufb7U/Zq/jAWgyq1zFzBl9b1mtppZIxrJHfkuTAf210Lzm0OvLGzJE7f+DQ=="
}
