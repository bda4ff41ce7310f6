{
 "schema": "clbench.signature/1",
 "record": "split_animal_mnist-lwf-s0-8951b7cb-20261203T084606",
 "hash": "c2bc9025c920373f2fcae3ced16844a16a0f84ddb9e7f38010045ae2889e1639",
 "alg": "ed25519",
 "key_id": "2c38c21576235c14",
 "signed_at": "2026-12-03T12:39:46+00:00",
 "signature": "Wq8u8fAMtlEp4m+abzwsUjf5jXjGbkeQucGM0hq3PmtcKt2XNCDc9lhu/+TzIIimwAvnWlJv7xx+lEDPnq7CCQ=="
}
