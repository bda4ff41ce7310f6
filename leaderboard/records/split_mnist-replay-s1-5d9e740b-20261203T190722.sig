{
 "schema": "clbench.signature/1",
 "record": "split_mnist-replay-s1-5d9e740b-20261203T190722",
 "hash": "ba1a56d1a88476be141331e7063ef27e72720b1b2038baf163dacfd9f44516e3",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T19:50:05+00:00",
 "signature": "mI6xEdu98ec/d0wUmESkdD40A/JtYkr1AIUP5LOskCoM0ltj//DcfR4m3T14FYpNdk3VcfID/9zhM0nF2v2yDA=="
}
