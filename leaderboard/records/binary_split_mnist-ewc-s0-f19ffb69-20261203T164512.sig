{
 "schema": "clbench.signature/1",
 "record": "binary_split_mnist-ewc-s0-f19ffb69-20261203T164512",
 "hash": "019be8caac6fe0098a268b5d330a20892ad955812aaab29e9c8c40be92f9d471",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T17:12:38+00:00",
 "signature": "Xkze/Bnmx/D8G905imbQ6LukyK9OsnlyXT1DrZNcoTitDibw0x58dCM6hnOqWlm+GPM+v7VJAW4YNPDC/FnoDw=="
}
