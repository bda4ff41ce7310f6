{
 "schema": "clbench.signature/1",
 "record": "permuted_mnist_til-supsup-s0-2ce5271b-20261201T204402",
 "hash": "acd658d8c3592f65bf70678b3d20a05197ead4c5626a7c8ee62377fe49365c93",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-01T21:55:03+00:00",
 "signature": "RjPZ7k83qmzkMzQ8/8eyudRd91OvQWRSEQ5x8rncgRNlHr+aXZ2xfTG8gwJx8LaZd+i4Hrlz+a5+5Fu/nCzgCg=="
}
