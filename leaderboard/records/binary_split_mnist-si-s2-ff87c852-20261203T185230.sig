{
 "schema": "clbench.signature/1",
 "record": "binary_split_mnist-si-s2-ff87c852-20261203T185230",
 "hash": "95b7aabd353a0a5381ebf09a25092855879bee0f7ebb806e434806d2898105ac",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T19:49:36+00:00",
 "signature": "zFny+q0HkTBYga3rrBmO62D9kPWDLQsadyoHiwrrl4LdIHN+7ONS+Dq+X6O1EbLYmC1F46sb246eNeRqq93DAA=="
}
