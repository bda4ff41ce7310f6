{
 "schema": "clbench.signature/1",
 "record": "binary_split_mnist-naive-s2-9b82c8e5-20261203T190325",
 "hash": "9ea2596f3389134b5da49d2a7e339c730bd0f561a13f6be7ce73c26c3e072958",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T19:49:35+00:00",
 "signature": "pgsu9zSo0CsWT4Jp4x6piHUse0d2koRl/Ex5DxP3BXqmcNRpeSxRGlB+ePgwraN9KMsg4yLBeHahfqn5j4U6DQ=="
}
