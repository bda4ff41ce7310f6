{
 "schema": "clbench.signature/1",
 "record": "llm_instructions-lora_replay-s2-c782aa97-20261202T090449",
 "hash": "0ce61ba049bb04312824699dc5d76654033ad772281fe2fd35707125813f510a",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-02T10:12:48+00:00",
 "signature": "H/ARExzbmcAPyW1Mev1Hhbi5zz7N2Uz0UNGHme9srLxOf7u3mJS7tgtIFaWoGrnzhSzPvz7uBhuhbxxN26bgAA=="
}
