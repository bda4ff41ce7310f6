{
 "schema": "clbench.signature/1",
 "record": "split_animal_mnist-agem-s0-2ef15366-20261122T104603",
 "hash": "9ce1b700c0a7949131982fef84206a06b358a0cb57c307909db2b5e37467b2cf",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-01T21:55:03+00:00",
 "signature": "UxCYzbeCQLFyCvbY7GTUov0laxbugzezv6J7s/K4tvC6QSwfCy6SayL+M6wozoeatq8JoEneJiG2Qy9Ot9efAw=="
}
