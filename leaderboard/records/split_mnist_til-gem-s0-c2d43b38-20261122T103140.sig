{
 "schema": "clbench.signature/1",
 "record": "split_mnist_til-gem-s0-c2d43b38-20261122T103140",
 "hash": "3430e5a2b5a3e9654cc2675d0efa4a86f4968fcbac85a170f943db18b451360e",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-01T21:55:04+00:00",
 "signature": "JIC3zR8rSeQQyuGOFWvV1TxbZjMt+sFKxScEe3+YZ+GZsB+Dw/BIU91zl4KgsBN+AqPVNLGDWKFOsiflQ6I8BQ=="
}
