{
 "schema": "clbench.signature/1",
 "record": "split_mnist_til-lwf-s2-d4ff6712-20261122T105220",
 "hash": "dfcd97ab14826c83d9952447e155508f62a8e90fa18143bfffdd9df713ffe016",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-01T21:55:04+00:00",
 "signature": "rrRzkmwWxqgdxx70lbp8UFeGjrUznnMypBSkbX6zkMa6LTpH6ZoekO9pJWy7sC2CC0cqmDagBXqSB5GWmyfFDg=="
}
