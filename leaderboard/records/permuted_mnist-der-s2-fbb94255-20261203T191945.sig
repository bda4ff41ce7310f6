{
 "schema": "clbench.signature/1",
 "record": "permuted_mnist-der-s2-fbb94255-20261203T191945",
 "hash": "9e07158abef41d66e3f95dda29703b809b62eb89347908a2b1281208b6c96c75",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T19:49:39+00:00",
 "signature": "Ww51cU4EwE1nR17B3W3V/IvVgq+UWD8MtVhQmgbWFtEOa0an1LHYYwN40xEcfewYYaLEQGkPICMtmGgXt5eYCw=="
}
