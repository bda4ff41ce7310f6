{
 "schema": "clbench.signature/1",
 "record": "split_mnist-mos-s1-ce45f426-20261203T192248",
 "hash": "eb56732412881a86161b150715464ed752a475410d4c0c67c43f79fc7cd2b30a",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T19:50:03+00:00",
 "signature": "as8SWD+3cPHkX8toxyXg/j13FTAFl2MI439VriP19lkkTO0juyhSdjWwCfcfFR/S0p8V+2TgoRz/FojWnJXpAA=="
}
