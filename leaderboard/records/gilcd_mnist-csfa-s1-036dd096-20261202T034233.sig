{
 "schema": "clbench.signature/1",
 "record": "gilcd_mnist-csfa-s1-036dd096-20261202T034233",
 "hash": "38a07b70e06080c048c87c944aa8db1db33beb4691a82f5b5dba77a295aa708a",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-02T05:12:48+00:00",
 "signature": "mSar+7E+KFAUun+SqpAXPI7xuDrxpE4SXvJvT07TLoSopYQR+SahLTEZ6arfL9ejP6uDu6sRqSSbRng03CcgDg=="
}
