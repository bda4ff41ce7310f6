{
 "schema": "clbench.signature/1",
 "record": "split_animal_mnist-replay-s1-93715799-20261203T190800",
 "hash": "cddcf0bf943a81bb8ea84e17de4e862e5e331ee269e8c2c4a876bf611222ac2a",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T19:49:55+00:00",
 "signature": "US4WfufYzxsV0sLX4WBsfLt9pAPBDk6Ka3pq87Jbqtd/Go3+fUX1y1Dq/sQjcoj8KdurzoQNn08O+yvG/ytqBA=="
}
