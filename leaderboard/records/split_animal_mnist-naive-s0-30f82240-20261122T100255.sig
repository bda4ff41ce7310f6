{
 "schema": "clbench.signature/1",
 "record": "split_animal_mnist-naive-s0-30f82240-20261122T100255",
 "hash": "10717e6d01fb87c4e67351b6fba7015de299925acc76415c310bd6df848ed1ca",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-01T21:55:03+00:00",
 "signature": "1S3sarq0tagAsPMf82nwtiIUCc0cp61diTRHTrCM90aZLITDPo6ZCgK8l2CC5Tg7FfaSaj5Z/ASVZgZ/fieTBQ=="
}
