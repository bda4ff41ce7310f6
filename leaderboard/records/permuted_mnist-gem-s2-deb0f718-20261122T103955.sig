{
 "schema": "clbench.signature/1",
 "record": "permuted_mnist-gem-s2-deb0f718-20261122T103955",
 "hash": "8bb65167cff13140ab2879b4ca39f958b6f3818d1fa0cbd5855a1cb793b27830",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-01T21:55:03+00:00",
 "signature": "Dh0Zz3kQn8QzK5saBzzskxFHw7xrOa1HHCZ+NjNy5qscPe5bpB/qLGzrR7iC1xZlEzHBLEbMBg7EZNeDoD9PAA=="
}
