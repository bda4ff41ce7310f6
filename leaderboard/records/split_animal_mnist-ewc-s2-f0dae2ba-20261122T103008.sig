{
 "schema": "clbench.signature/1",
 "record": "split_animal_mnist-ewc-s2-f0dae2ba-20261122T103008",
 "hash": "175b4fac86749aa6a4655d23bd0eca8fd559adc47c2dfcebf44d54ae527bd98a",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-01T21:55:03+00:00",
 "signature": "/7AzcUr9E3JqRnmoZQFjsS7dv5CAArvzsH2F+n9tKCY6o9gdCsU9lR2VffR+JzLhl0TR/Kd43Jft5w9ifbguCA=="
}
