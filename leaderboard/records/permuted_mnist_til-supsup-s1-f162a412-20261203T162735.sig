{
 "schema": "clbench.signature/1",
 "record": "permuted_mnist_til-supsup-s1-f162a412-20261203T162735",
 "hash": "569d0c648c8382c910bf1b975180a654a31606aec774acd0c0e3ed179ab7a5c8",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T16:49:12+00:00",
 "signature": "vnT2j5mDjh47fCSi1MZoBm6QVFjD0Aydg26u+hZBMeecFzjLmTTisJZzElIaalH0+uar2HEmrRVSi5f6DpvhAA=="
}
