{
 "schema": "clbench.signature/1",
 "record": "permuted_mnist_til-supsup-s1-f162a412-20261201T214234",
 "hash": "35f332c9723e07a452849e543c6eb3c8620e3e51b70293d1810d4873794a9c58",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-01T21:55:03+00:00",
 "signature": "TonjjThX3qR+uSGXGFK2SqorhcNSzFlXnZOnmnnNpkgIkZQAy4HCtOOOqcTZnu6VFJwhWT4lCB83ter8TVDDCg=="
}
