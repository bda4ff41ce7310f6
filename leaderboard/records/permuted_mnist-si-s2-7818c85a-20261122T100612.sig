{
 "schema": "clbench.signature/1",
 "record": "permuted_mnist-si-s2-7818c85a-20261122T100612",
 "hash": "f10f4a83ddabf2468e6d777b3d1a24b53a68597c73a01db53ece00f3998242a2",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-01T21:55:03+00:00",
 "signature": "DFhy33rGZFI9zTzwg6RL6RnNDB9ah1DN1D2s0q840jtaWMKTp1xEUIqT10SqiSs3UCzCqdMc93NLxhJ4iXj2Bw=="
}
