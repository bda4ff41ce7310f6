{
 "schema": "clbench.signature/1",
 "record": "binary_split_mnist-ewc-s0-f19ffb69-20261122T103013",
 "hash": "377a0433f5f6ae1fa38589a0bbd019d4b221c12c712d8c1e0374f0bf010611e6",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-01T21:55:02+00:00",
 "signature": "1qXx1QJtKaSmfoVFGmg/vAgqDwSfc0pasisfeDuDv83YgjMDavwFYkSmEt8whPYcV+SFeAkvwovDBIQtWAYECQ=="
}
