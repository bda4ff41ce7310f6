{
 "schema": "clbench.signature/1",
 "record": "split_mnist_til-hnet_rnn-s0-473dfc1f-20261203T165826",
 "hash": "757b5e4c81ee3fe9e83b3a6038a717585cc14c342c94662440f72d18ff7cd68d",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T17:13:08+00:00",
 "signature": "XtllkTHbfjs0wYhCzUrWVxdfHF8cW2TU8+Zklray3G74yn2K8X2cELCt3gPTgwJ8wtr789/3Ay0KCEfPIK2DCg=="
}
