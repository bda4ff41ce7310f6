{
 "schema": "clbench.signature/1",
 "record": "permuted_mnist-si-s2-7818c85a-20261203T190236",
 "hash": "b10aa342c1631b7bb614b5c5044a0aaa65e15b9e7f953c3202a6728d3fa2ff21",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T19:49:43+00:00",
 "signature": "cuNryTpwxCcw0ShSwdTTxXbYlQN88dHX/+MzllUmJlbS4WZaTC/UzAjtpHSbqJolrJ4dQEl/OEvwNoEf/P9eDA=="
}
