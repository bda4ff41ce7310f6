{
 "schema": "clbench.signature/1",
 "record": "split_mnist_til-clr-s1-3f636f27-20261203T193315",
 "hash": "ba048aa40a36a8d3436b7c85ad6c5ca44ae3964a0f7117649c6325281d1aea3b",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T19:50:08+00:00",
 "signature": "snZ/VOQpSYpIxPg1yHl05XzxaXeFZZyEyxjcL3MfHjRlnpTDtZRrqxCrMX6fQBD1Y+qM5Ur7u6maUbETsEvKDg=="
}
