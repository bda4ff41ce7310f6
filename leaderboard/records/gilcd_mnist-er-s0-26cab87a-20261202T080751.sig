{
 "schema": "clbench.signature/1",
 "record": "gilcd_mnist-er-s0-26cab87a-20261202T080751",
 "hash": "e15f92bd31920a260e0e3cfd6d0712c4b3c25662637eb3335d510d910a993008",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-02T10:12:38+00:00",
 "signature": "F1lSQfjJ1WHTnz8MAT3WzojR7HZIcRHnEnJixu7HlTfpeRpT5S9NDB3lq6IG25bMmAmQL1FMCcvq7mLPIbU5Bw=="
}
