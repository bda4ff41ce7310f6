{
 "schema": "clbench.signature/1",
 "record": "split_mnist-lwf-s2-a6aa468c-20261203T162844",
 "hash": "bae40adfe33d1dd6666b6690a04bce002da06118e74456987658b56584f0dc02",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T16:49:18+00:00",
 "signature": "blruv1SjMgMBo3B2bg/MkITlMw6SoHoBQzssEZm2TLq3gF7yEP57UKFSIuEf6/JRs4n6ugzzZTE9IDB/0HROBA=="
}
