{
 "schema": "clbench.signature/1",
 "record": "split_mnist-si-s1-03871498-20261203T190902",
 "hash": "e9ee4b35f9526447d88266b960b6dcd10130bc7a1f00f271398e547790324439",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T19:50:06+00:00",
 "signature": "dC+/NQWTJZ933ROM84/inV0JFGU21jOY1QWik3IyGy6a5a/YLx3tNcoKiSVC9no71FmXBFFYufzyKS8oIku1Bw=="
}
