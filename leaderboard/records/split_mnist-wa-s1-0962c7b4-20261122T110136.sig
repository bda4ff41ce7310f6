{
 "schema": "clbench.signature/1",
 "record": "split_mnist-wa-s1-0962c7b4-20261122T110136",
 "hash": "bf26f45ea09b06b8fb9b15f15e541e948420352d6a60818908b9a6d323d80509",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-01T21:55:04+00:00",
 "signature": "4a5/Q4mc9fg3koQOecI3xcDSsubDhdiaOYloHaqAwWXWnO9ejI1V/vM/a1OiwOkqSfsA9EddUPGAuM1wvI+HDA=="
}
