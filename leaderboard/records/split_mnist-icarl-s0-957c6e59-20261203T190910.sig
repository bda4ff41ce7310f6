{
 "schema": "clbench.signature/1",
 "record": "split_mnist-icarl-s0-957c6e59-20261203T190910",
 "hash": "dbb302916ada0151387f2836aa2fe62c1fa05c1125ce79fb9ef3c19605400e18",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T19:50:01+00:00",
 "signature": "wupV95KwwzQbyQ8WJlQMPPSntDKU3ZlCdRKvVXvrU94NH/YcvuADw0895dn6b20aLY8j73+MF5WpbQ36aUEPAA=="
}
