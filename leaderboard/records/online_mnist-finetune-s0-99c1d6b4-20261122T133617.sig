{
 "schema": "clbench.signature/1",
 "record": "online_mnist-finetune-s0-99c1d6b4-20261122T133617",
 "hash": "fc739d508c64346c44e336ac1b630df171ab7a1f63fa83b6cad40b3e06fade93",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-01T20:18:07+00:00",
 "signature": "o4j5IiBLEg64OcejxQl6IKhnxhPoUvFV7PEvV6WHkPuFQC0tIIq+300CcA8YQbXNRwRtnCwRtsIim7ofq5QQDQ=="
}
