{
 "schema": "clbench.signature/1",
 "record": "permuted_mnist_til-binary_vcl-s2-18a4d7de-20261201T214618",
 "hash": "8fcfb7460bf42a4e6260fb9991a3bd0cc08cb5e465a8c6e4219a55a274139ae6",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-01T21:55:03+00:00",
 "signature": "iBdVJs0xwc6k5/IYhJss1rdHG2EVI279qbkHLuiQyTQndT0/WxJdHWD4wvlbQGzH//AkhWHdPKqv7/thLbJUCg=="
}
