{
 "schema": "clbench.signature/1",
 "record": "permuted_mnist-replay-s1-670218fc-20261122T101736",
 "hash": "ee590d18ea15117035a61249cc2678ce647c66e9ce5445d8b1efd2bdb33607e8",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-01T21:55:03+00:00",
 "signature": "fwz1PCwSCQiVriLn9rpOZdNPYKf6qFnjYbBFHqAmhTxDrDo7jYZSk3RZv33x1HTfr6d5sEy3P/T0611JtXZkAQ=="
}
