{
 "schema": "clbench.signature/1",
 "record": "split_mnist-der-s2-644bf55f-20261203T162557",
 "hash": "8d20597b09ac13f08dd03898c8d01348bba21f95cec965568f26cf8589b68597",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T17:13:01+00:00",
 "signature": "xvKuTOlW6qTlihrRVIS9qf3MlBtzUY+gZhWqlAkoRv3Nbrs+GORqs+d2RnPdkslRAWDrUxUJVQAC+hRjbDDcAQ=="
}
