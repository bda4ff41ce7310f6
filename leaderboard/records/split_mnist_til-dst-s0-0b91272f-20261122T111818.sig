{
 "schema": "clbench.signature/1",
 "record": "split_mnist_til-dst-s0-0b91272f-20261122T111818",
 "hash": "5869763f2f2ae47730212bfcc66d7902f8ae894165bf37f106780c285b57fbb6",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-01T21:55:04+00:00",
 "signature": "VNI3lnvtaFnDxd1WGrREFy8LsvJTDE9Qz4GG/g31B+Vf0/NGgVDjEm5uTVtMCG1gGrW+gQLFn4eiG2Bz4EvNCA=="
}
