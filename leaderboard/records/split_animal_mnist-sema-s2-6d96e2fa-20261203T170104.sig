{
 "schema": "clbench.signature/1",
 "record": "split_animal_mnist-sema-s2-6d96e2fa-20261203T170104",
 "hash": "1d4678e184c82038223476f6300ec51e5ccc5c2513943df42cf785aa4d6da636",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T17:12:59+00:00",
 "signature": "ipWOemWcWNQofDtcL9n1FJFAS6vtISJFRC8UJZvqQmPii/RzvskkPr2yQWRUyne3nh2nwd2cZ6zHq1ahUiAhDw=="
}
