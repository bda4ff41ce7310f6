{
 "schema": "clbench.signature/1",
 "record": "llm_instructions-lcia-s2-40fce252-20261202T072205",
 "hash": "bdd58ac327cea33230beb5db72b74fc47ef99cb5f4583b7cf6be7761b30831c1",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-02T07:40:38+00:00",
 "signature": "ow2jDb31RW0/ebQ48r/1fsJH4i2h9/tZ73mEFBzwA8lkfIJHD/wVcG1pnnifhptCYjyXTf7pj5WK6wI4Ng32AA=="
}
