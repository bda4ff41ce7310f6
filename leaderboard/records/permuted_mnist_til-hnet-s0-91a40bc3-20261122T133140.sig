{
 "schema": "clbench.signature/1",
 "record": "permuted_mnist_til-hnet-s0-91a40bc3-20261122T133140",
 "hash": "92b68cb699cead3726c561e6c5e798056f0aaeeba0f617af0c7d2a1af4d8ad96",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-01T21:55:03+00:00",
 "signature": "IadUd63fl4OqtVioKvZ0dgF6aEGaEhCwiDcC9l7LPlWFN3WZFlwa/6Xax4b9uLLKUHHQk4T2fXnf6Gh2dc2mAQ=="
}
