{
 "schema": "clbench.signature/1",
 "record": "split_animal_mnist-lwf-s1-ee9a256c-20261203T084621",
 "hash": "e26235ce1172598666c904eb53c4021e2396b35cf71fae94dbf463954622f157",
 "alg": "ed25519",
 "key_id": "2c38c21576235c14",
 "signed_at": "2026-12-03T12:39:47+00:00",
 "signature": "cTVK2Mfzp/PW3TfYGRRKME7jQrz/oDlN2C5rbK51rewIXz/vfovwOaNL1tNEDb3cS+huNJH64ZGnVeJgb12hDw=="
}
