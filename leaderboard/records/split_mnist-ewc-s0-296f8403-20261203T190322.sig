{
 "schema": "clbench.signature/1",
 "record": "split_mnist-ewc-s0-296f8403-20261203T190322",
 "hash": "1b83cf3d2d744f0abe7257607109e26eb83654dcadfa4770694df9e625c0c59b",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T19:49:58+00:00",
 "signature": "MrCHAeZQO+lKIMTSzegwgtiKGeiGGgfxken8PnrxAdzFJQL5OFmpJ+99tE3otCvcKlmlMDkbVvp+3BCchB4vCA=="
}
