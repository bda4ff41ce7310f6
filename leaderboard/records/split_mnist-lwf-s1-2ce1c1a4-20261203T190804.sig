{
 "schema": "clbench.signature/1",
 "record": "split_mnist-lwf-s1-2ce1c1a4-20261203T190804",
 "hash": "6d41cb73c410d259d347df04cfee3ebb2a2788d4498f2f73a244e616c6505fd8",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T19:50:02+00:00",
 "signature": "gcjG4bnLeFv9I3t3yL4ONAvim7G6uJ15Me4v85nxfFuutSAmdzLDbEIDC4cgX31gHhfg4pC9r5gwjuzbUpDIBQ=="
}
