{
 "schema": "clbench.signature/1",
 "record": "split_animal_mnist-ewc-s1-4ac65bad-20261122T103005",
 "hash": "b7abb3b4624035ecbf809793f42bbf09a485525e05211b7679b48838afcd46e2",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-01T21:55:03+00:00",
 "signature": "opW+nkIKJrRk0XysPVO1aS1fwDdj6qOlFpOjm2bj2J8wc/zqQ8lgQ2gE1IuDWB6Y3BQqg+JotBCy8cz5Uz1oDg=="
}
