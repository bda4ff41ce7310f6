{
 "schema": "clbench.signature/1",
 "record": "split_mnist-er-s0-b23cccc8-20261122T102051",
 "hash": "f048fe379e69f688761973c979e5fd657e368bd93d6504646c53aa135c5bf05a",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-01T21:55:03+00:00",
 "signature": "MjyxCN3rcgWQg9BDkhevIYaDSFmd0kdkWxOP+6VORvJEXcfHW4rrFVtv45yX9+NNHhDMV6M9BIY6qDpK60qFAA=="
}
