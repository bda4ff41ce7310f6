{
 "schema": "clbench.signature/1",
 "record": "split_animal_mnist-icarl-s0-51aceb6b-20261122T101429",
 "hash": "5fc024cbc6d0d19948b05d6fd0d3f94e588542bf00556e62b6c8d75938c1b6f3",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-01T21:55:03+00:00",
 "signature": "8XbXBxkFYLWYWGqLZvPltSqmL4yo6d85a3IBLbfQ6BQpKoDSKhHeKCyoN8Q1XT7US6/JDNBYPWokKH3s8JpeBg=="
}
