{
 "schema": "clbench.signature/1",
 "record": "split_animal_mnist-finetune-s1-b86838cc-20261202T032549",
 "hash": "596875074c68974a80fecc9980eb7683aab5008f5856ed40c1834dd070626c1e",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-02T05:13:10+00:00",
 "signature": "bkPB6QwYrJMYqbJRKdjRGGwhzrSKvH3UdksD67xLPLveHntE8cDbl6TpDOoWHl4nLpukdYh8j434BvpeMxw1Cw=="
}
