{
 "schema": "clbench.signature/1",
 "record": "split_animal_mnist-probe_finetune-s0-d8c75d73-20261201T204914",
 "hash": "b8a3f5326fc06321c976cfbd133842022db9181fb988f51f88d0d22021536de4",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-01T21:55:03+00:00",
 "signature": "jGX0Bf8F3wvDZwlANhqJq1bl84QLgEXGTkoZlq5UNAyQcCR6T7D6N2PkIiokY5XxCDxU1FCdGo9WyPL/ddu/CA=="
}
