{
 "schema": "clbench.signature/1",
 "record": "binary_split_mnist-ibcl-s1-4b032f4e-20261203T090344",
 "hash": "5b93fe48a135a7cef59956fea5d5d63dc071d99a71a7f39730d3becb2de40651",
 "alg": "ed25519",
 "key_id": "2c38c21576235c14",
 "signed_at": "2026-12-03T12:39:12+00:00",
 "signature": "lba16Vk05WsfI+BBGFXuW2ugPeOPbfF4qGXZA/QOjk5Cjt9Ohp/2Ffy8qL0k/Q9xXPSwiKv5sKDycnK6QdH7Bw=="
}
