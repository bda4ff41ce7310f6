{
 "schema": "clbench.signature/1",
 "record": "split_mnist_til-si-s1-cbc3702b-20261203T125709",
 "hash": "39b81ed6ed4fc97a17cff7b331462934ddd6d34afe3fcaca02c453549a1eaff5",
 "alg": "ed25519",
 "key_id": "2c38c21576235c14",
 "signed_at": "2026-12-03T13:51:29+00:00",
 "signature": "u8uuslkS7RNX3z/VzUyzpKG+Agw1GOEitX4Z9Q7bzgXItv2uSnVr2/VK9fCm6t8eDhgUEL/hct16mziHMuCjAA=="
}
