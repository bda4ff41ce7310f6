{
 "schema": "clbench.signature/1",
 "record": "split_animal_mnist-si-s0-b13dd812-20261122T100851",
 "hash": "38e674d98d93ee92f262b14a47387e213b9597a3f9ce05cc5f760e99e786c08f",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-01T21:55:03+00:00",
 "signature": "e1KLvn3p9D550Wyb0sbvZ7ZIkmlOBrtlXOjbslj/nPy6Ki1lLHCk3AFIgQVUmhH7hmohOKErwko/DXFDgdgfAw=="
}
