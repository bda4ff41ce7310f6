{
 "schema": "clbench.signature/1",
 "record": "si_blurry_mnist-er-s1-a1db2e74-20261201T204721",
 "hash": "89e216841285fb3bcd5fae71df29ee7c36ffff222b9d9ba7facbd77084542640",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-01T21:55:03+00:00",
 "signature": "h9zuXS86DKvoFvLCa20Q/lyqUyhRi7nMJ5wqGbGbetdxjWrBcl4DdUGxFqePdxmh1aWagCVk3QJfYJ6T1Y89CQ=="
}
