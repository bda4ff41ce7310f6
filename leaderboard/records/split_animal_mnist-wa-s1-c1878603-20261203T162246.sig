{
 "schema": "clbench.signature/1",
 "record": "split_animal_mnist-wa-s1-c1878603-20261203T162246",
 "hash": "cdb3b8536ba1ace70e0559aedb44106fc5bdef912c7e9f2660c938fdb3505057",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T17:12:59+00:00",
 "signature": "Xk6gU1iHvX62vjGJ2xwVshgGicyyURDeAMZkVO/V7cq12aeZlFoTuRD1HIeAjAkvOISsvAIoulykgF02arDeBQ=="
}
