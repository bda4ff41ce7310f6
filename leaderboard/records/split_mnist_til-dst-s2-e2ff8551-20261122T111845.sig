{
 "schema": "clbench.signature/1",
 "record": "split_mnist_til-dst-s2-e2ff8551-20261122T111845",
 "hash": "14090f73b6332dccdfe375ca71004e58c83784452275e43cc64b9c883b8e1258",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-01T21:55:04+00:00",
 "signature": "OnSUImNNEmJUZBJnl07CsV8W1X9FyTvOJxR6VK00gj4HrwFU2sjBNeuMPur3kGYl2rJidmt9BLlvgJxZH5OUCA=="
}
