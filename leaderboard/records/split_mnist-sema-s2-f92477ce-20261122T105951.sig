{
 "schema": "clbench.signature/1",
 "record": "split_mnist-sema-s2-f92477ce-20261122T105951",
 "hash": "fd6b470327e2e190e0f407867663d3d0a5262394cfe50f0394370c62738b65f7",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-01T20:18:13+00:00",
 "signature": "0xUmxptlnpPjERJX0wvhTVN9xUxqKVWrv9C8ofyFwgJZFDxxbngNzlHnxbfSfob3DkovWMAkjWoujC5O9krjAw=="
}
