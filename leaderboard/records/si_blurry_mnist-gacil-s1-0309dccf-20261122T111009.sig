{
 "schema": "clbench.signature/1",
 "record": "si_blurry_mnist-gacil-s1-0309dccf-20261122T111009",
 "hash": "3ca7080d7334dd9a17f0208dd724fdad0f7dc957012c6d7443504225d7f0c0e0",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-01T21:55:03+00:00",
 "signature": "hBLY3gsUwm/H9X8kBG5XF/o91sU/lvks2k2nYndUrfudAUZ3OR0Mr0kHQ5y1BSaNrC/7bIzSzZqYaQ8+x1QODg=="
}
