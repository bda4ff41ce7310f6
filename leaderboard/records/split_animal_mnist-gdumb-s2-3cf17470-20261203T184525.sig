{
 "schema": "clbench.signature/1",
 "record": "split_animal_mnist-gdumb-s2-3cf17470-20261203T184525",
 "hash": "f36eceb980cb8ee324acf0d298beebbe2b7cc2478cf9cbebeffdaaa3aedfbdb5",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T19:49:51+00:00",
 "signature": "2NO5xlk3Ms1LJ7s5AQq5OnqTpfFxdDRfho5ugvhBZ0tZNsCNRyFh4uLTHd6zBC7FcmUME5u9sNN5j9wWxgGGAA=="
}
