{
 "schema": "clbench.signature/1",
 "record": "split_animal_mnist-si-s1-80554c55-20261122T100855",
 "hash": "c8dc172a56740b39a87a1f23f058c0d75391dd0d1abba7f081087e6f79bb873b",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-01T21:55:03+00:00",
 "signature": "KclXyd1xgRtpfPLHpljj7mLuyvxOPiO3HXLolfU4mb2RHNI+35BiDoBWNQ0gK4TnL1jwfgKP7e1OcV2DNeEqBw=="
}
