{
 "schema": "clbench.signature/1",
 "record": "split_animal_mnist-icarl-s0-51aceb6b-20261203T185232",
 "hash": "f12173621fc82669ffc31e6408cd0ad43a480d08a3fe1383c0f007a82b26999d",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T19:49:51+00:00",
 "signature": "w+eJugH+QFkSfKs92rvHWsTfxulkawzAAcMqbxfVKmb5reOXvfNtRdF0IfKbM2cQpqt6rTBRnZx14Tbrs2n4Dg=="
}
