{
 "schema": "clbench.signature/1",
 "record": "binary_split_mnist-naive-s0-a072aae5-20261203T190244",
 "hash": "48c1064271c08ee08b0034059d37c836a9c576fbe99ba29f49baf6626117c52b",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T19:49:35+00:00",
 "signature": "ldMFs8T4DN8qzk65wNfNAdk/90gmMqtOC/4UuY94QUE1N95PrmpVJ+FYkg56JSgr9xvvdbahd80Y6LwXftqyBg=="
}
