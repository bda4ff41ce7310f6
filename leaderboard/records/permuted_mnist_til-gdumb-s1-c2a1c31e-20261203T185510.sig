{
 "schema": "clbench.signature/1",
 "record": "permuted_mnist_til-gdumb-s1-c2a1c31e-20261203T185510",
 "hash": "d7eb9ed5a2bf67d6f34b06fece3515647314742310b90c762b711cfacb067451",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T19:49:45+00:00",
 "signature": "t6Wgb7nS0qqGHaEbklDT//ehKdKYgV4vie7zAYJxMfQ672pgHarTJ/Tx6a91t8OZVHTaijYauUjLAO/ET0jmBQ=="
}
