{
 "schema": "clbench.signature/1",
 "record": "cir_mnist-gacil-s1-a1192900-20261202T080250",
 "hash": "f26d9b5aa193b95fb66e45db8862829a129daeafdff1580d68e8e569c2902ef2",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-02T10:12:33+00:00",
 "signature": "2KKUixR4aUcr8CYMEhvS8873hwYQluo12BPW5CJED3ttdvXrcVJ1lJp6JwRxZDn0yQhHqQ+E6ofgZ77sjVtNBQ=="
}
