{
 "schema": "clbench.signature/1",
 "record": "split_mnist-ewc-s1-4dc4e6cf-20261122T102431",
 "hash": "32f71feebbd864d70f6f1da199fa26ab64bdc020c6550ae3ef5e17bf5d8c209d",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-01T21:55:03+00:00",
 "signature": "h7zYMriFRBSBNVVA+HLw3gkXiu2yOcUHkSF5Bjwq5fb+xU1sEjrCPBK6lVDpdgbLyDBCzXKD63B+Qzj5BW3lAQ=="
}
