{
 "schema": "clbench.signature/1",
 "record": "binary_split_mnist-agem-s0-21d95b4c-20261122T104619",
 "hash": "84015296435b0500039aefe6e09ad23a6090b9d7e35088a497f6b83fb99477c5",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-01T21:55:02+00:00",
 "signature": "XDIMTI4620iyjNf5A0k/0Pj6Uu7jFfhv6z7Le+llIhqqibDSwy+nmK+3bedJOzvFt3eSXxxOXOlbwzGzjz1FCw=="
}
