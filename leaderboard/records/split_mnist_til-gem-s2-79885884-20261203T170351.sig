{
 "schema": "clbench.signature/1",
 "record": "split_mnist_til-gem-s2-79885884-20261203T170351",
 "hash": "9a8730ff5d7ed1f4d3a6c9154630fd8741b84d66e7a37448287d2767454e5226",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T17:13:08+00:00",
 "signature": "k6GqY4N/acdCBnv66yhhdK9iYarq3MPvUWbCWKjT1mTgwVaw0ApJ89WtCsDVgHXIb8701MRSrBGCkmNMbvZtCw=="
}
