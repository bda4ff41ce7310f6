{
 "schema": "clbench.signature/1",
 "record": "split_mnist-lwf-s0-cb9471f6-20261201T201207",
 "hash": "0190988b1559d79dba73d01c2635d3c4bb2b48350c658bbe5031edf85de9b813",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-01T21:55:04+00:00",
 "signature": "3xRz+m/+BjFA4JuqaKgmCNvFYx0FWiewlGRhpnBJ7Q2OXZUBkpjn1aI1U/43+XI2W5BNpffHZGakLjH4RvDzCA=="
}
