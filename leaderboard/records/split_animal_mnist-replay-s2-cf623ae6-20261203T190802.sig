{
 "schema": "clbench.signature/1",
 "record": "split_animal_mnist-replay-s2-cf623ae6-20261203T190802",
 "hash": "6ce9467a51e3649a584e13ecceadc5ca3f9ddf89009fe18a3981c7c76f98e38e",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T19:49:55+00:00",
 "signature": "vsUdZ5B2C4UunMrTKRet0yC7cRuP2m2MnPHbj4TAvahRjhcT0U5HuILh3QQ8v/BYBnBSZ9RLe5DQ/9ug/1pZCA=="
}
