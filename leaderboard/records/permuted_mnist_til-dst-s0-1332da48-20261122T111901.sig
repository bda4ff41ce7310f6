{
 "schema": "clbench.signature/1",
 "record": "permuted_mnist_til-dst-s0-1332da48-20261122T111901",
 "hash": "ba1e2ad8f2097b1ebb6757bbd354ff54fa0defecefe9ecc4305bf06361395484",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-01T21:55:03+00:00",
 "signature": "zFnXSsdy4dIq9VZR6wyn285Un2RNVQYbRqhAIXvf9PyZGsXZFThU9BJD3Ywhd7NHwaVpuDBsC1rYk+2DN3yDAg=="
}
