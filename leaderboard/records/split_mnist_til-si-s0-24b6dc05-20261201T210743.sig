{
 "schema": "clbench.signature/1",
 "record": "split_mnist_til-si-s0-24b6dc05-20261201T210743",
 "hash": "7594b1db09916936d6e70c0859476ae1a04b465948819c8deb39caace1a17eec",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-01T21:55:04+00:00",
 "signature": "fewLx2OiqA0MdsZOICzUp3YK+GW1Wn76TzgFA2gM4XK+PE0PPbu6FognxpdL6AFKSjQZ6a0Ht0gg4pFtLJImDg=="
}
