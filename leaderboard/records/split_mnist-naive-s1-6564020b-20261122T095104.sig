{
 "schema": "clbench.signature/1",
 "record": "split_mnist-naive-s1-6564020b-20261122T095104",
 "hash": "be084169948a754046b48436e1533d915aca920922a816c9370e181cd8aed545",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-01T21:55:04+00:00",
 "signature": "dNF+5QlylOjnk0h/7yBHHjsfZGYaVvGoVLGweBW26p8QgjMv9z9Yd6Vso9TkDpo9QbiMCA5FmzxsegYq443fCg=="
}
