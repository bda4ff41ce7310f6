{
 "schema": "clbench.signature/1",
 "record": "online_mnist-dualmix-s2-69b8e8fb-20261202T034831",
 "hash": "2bed8deac5c0accc3cfdc18ef6e5753f0ea90aafca31f7d1af05544a185cc41b",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-02T05:13:03+00:00",
 "signature": "K7/vgs9sf9PD+Z5wtjlLj+xruVGNfy3l3g9FraydxkX1xZEnDWOSX8gH1cAA91COJ+fUjl/LsPYj6GpbLY0RAw=="
}
