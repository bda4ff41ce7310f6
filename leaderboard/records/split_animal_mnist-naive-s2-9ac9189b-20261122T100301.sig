{
 "schema": "clbench.signature/1",
 "record": "split_animal_mnist-naive-s2-9ac9189b-20261122T100301",
 "hash": "1e9ca974cabbc5129c4daaf3ecdc5ae7b388939dd1c0c429479e755e50c39a68",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-01T21:55:03+00:00",
 "signature": "TmTQTqZqsdhvw+B3SCLB81KQQblWeYrTGVzs3JqhSLkKZ+5qjrr8/I00LdNhENjd2uosvU+81yvlO98+A+lMAQ=="
}
