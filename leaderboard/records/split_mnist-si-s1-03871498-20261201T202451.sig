{
 "schema": "clbench.signature/1",
 "record": "split_mnist-si-s1-03871498-20261201T202451",
 "hash": "717eaeb66bf467c5d7aadf287b01ccd6a87ed5d9c222f1d8bac445627cba9507",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-01T21:55:04+00:00",
 "signature": "hxO66ILNoDHbIjkLjzKiLNGf32gZYq3jZqDDxBSZlNf4ESSd5FZQoh4NU2t33oiD2+txq6C2yCiY9oHD+r2yCQ=="
}
