{
 "schema": "clbench.signature/1",
 "record": "binary_split_mnist-gdumb-s1-5126ca71-20261203T184828",
 "hash": "616e86d4746a986360aab1226e7ab25602412cc19626bc0b0348c6ec7f54f483",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T19:49:32+00:00",
 "signature": "dHAkpq0G6LlRBtWPfN6NZxcVK1GdQ5MXJkXh/0XpYMpG5qWGYxYRrI0BbKYUXCcnf4HcA+n+tMqJE+nrAMqHDw=="
}
