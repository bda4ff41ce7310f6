{
 "schema": "clbench.signature/1",
 "record": "split_mnist-finetune-s2-3c4e0c98-20261122T104847",
 "hash": "ece7270e18310dd04de0c86f7e6ad2ef83d58d1ca2588a2615c203030e032e1a",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-01T21:55:03+00:00",
 "signature": "XjWnscyEBLdK41I3oFvguLPzezamMl/wIp6I7GT4o+EUI5byT4OqNCUVnymdhwDf+DzQmee0/75szFpLQlZzAw=="
}
