{
 "schema": "clbench.signature/1",
 "record": "si_blurry_mnist-joint-s0-a0a21cc3-20261201T205846",
 "hash": "183037dd543d51507fb47d6c04108a80d4ce8bb80db7398ad6b575ab3ceebef1",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-01T21:55:03+00:00",
 "signature": "d5XhoObQ1h9+HzZp+T4IwesYvuKWiae47jx2VGPxmY8TpWR3H/8dZVWihUHU2Vwvb4gBnslPMy7XxfiIyD8EDg=="
}
