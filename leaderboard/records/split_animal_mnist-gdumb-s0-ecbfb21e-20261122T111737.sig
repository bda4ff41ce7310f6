{
 "schema": "clbench.signature/1",
 "record": "split_animal_mnist-gdumb-s0-ecbfb21e-20261122T111737",
 "hash": "e383a43132d21960edf0a250ea983c754238bf17193e743646e1d308f1280636",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-01T21:55:03+00:00",
 "signature": "72u1GVF+IFGv1dos+2a0DmYRwtihAHBSIldfEtSnhMdfboPFfSh9vOzuYfWbN5rAIRejMWXvO7XBy7xmTGn8Bg=="
}
