{
 "schema": "clbench.signature/1",
 "record": "binary_split_mnist-gdumb-s1-5126ca71-20261122T140150",
 "hash": "4ecb0a68bf2bf1c3f5b3b7bbbd2713fbcf4f81246bb8eb8ed730d4be23e206f3",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-01T21:55:02+00:00",
 "signature": "e5UjoVB352AENg1K8a4wPKOALfS0RaGn4ULZ/fB741C9wSJWca5QX00TCD0RfSAu5SpUCozLzl8vyDTj8SaHBQ=="
}
