{
 "schema": "clbench.signature/1",
 "record": "binary_split_mnist-der-s1-3c15abe8-20261203T190615",
 "hash": "6513764d005ac73686fd7655a79e592762c6b63c4853172255e62809e8335767",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T19:49:30+00:00",
 "signature": "erBST0mcXRodehtmRmOO0XNsbNvG5G8016zdZk7a36dXwYByxg+nCMNPkFe43kfYnnPnhMcyCyTmwR27RJnfDw=="
}
