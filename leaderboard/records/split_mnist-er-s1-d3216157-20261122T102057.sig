{
 "schema": "clbench.signature/1",
 "record": "split_mnist-er-s1-d3216157-20261122T102057",
 "hash": "a41526c282116b39ca7d85b7179c75af3141047da99a8cb761badc8f9f5664d0",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-01T21:55:03+00:00",
 "signature": "f/Va+8zDbKRQOMjBxj3vxlyqD7P3HoxU8WLnBv0wr80QhdqwxW3UafMbdYyn67cmCuGXgIK8Px8ALFIWeS9VCw=="
}
