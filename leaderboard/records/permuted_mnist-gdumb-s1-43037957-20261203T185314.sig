{
 "schema": "clbench.signature/1",
 "record": "permuted_mnist-gdumb-s1-43037957-20261203T185314",
 "hash": "0d2269cad4c977708a31efe6dda9a9da64fd2d5a4c6a4729138c44d64d238d0c",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T19:49:40+00:00",
 "signature": "clT6tqCj49mavW/bBMhewxh3wC8rwab4H2RqIpwK64yUDwZg5Dkd95ti27yl+AIqwYUuRjSkt/a0iHyF5EPkCQ=="
}
