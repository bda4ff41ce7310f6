{
 "schema": "clbench.signature/1",
 "record": "split_animal_mnist-der-s0-ed41f32a-20261122T111426",
 "hash": "71d6e7b28977ec9391b307439cdb75d87effd875d9e43a1343421493cd1751bb",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-01T21:55:03+00:00",
 "signature": "kDBAdiZGmJmsLj3JJyzZ/fQ1XJDfwl7VKo4TehcawWxi/i5N2sAG6kBy5Q0h4dg2TWNndKCiWJSXO+fyvPgIAQ=="
}
