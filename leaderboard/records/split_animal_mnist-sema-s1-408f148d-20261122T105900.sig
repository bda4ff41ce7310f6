{
 "schema": "clbench.signature/1",
 "record": "split_animal_mnist-sema-s1-408f148d-20261122T105900",
 "hash": "f70f391f8c8bf26f4b920bc14c14e9338b075ceeee813ff733bd995e3610bd73",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-01T21:55:03+00:00",
 "signature": "qHcsiSRvf8YD1t28XkRL4aHKcnZdvl8D6+YY0NC8hGe7D8IILAKH+yqssqgWHGMREiAx7UODgy7jt8WSwQxrDw=="
}
