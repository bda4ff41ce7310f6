{
 "schema": "clbench.signature/1",
 "record": "split_mnist_til-er-s0-8deae814-20261122T102108",
 "hash": "f025a7fe786550081811ffa6500db8f35526f9192bfdbe35efefe04c6d59abc4",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-01T21:55:04+00:00",
 "signature": "q/DVT8KLuMxai9SAMw3ouAKVe33yfI6QOhXvxKfgWNvQnYvQPi8yGNet5J9p0tbSuBNea/FRyx3xvNh8ePmWDw=="
}
