{
 "schema": "clbench.signature/1",
 "record": "split_animal_mnist-gdumb-s2-3cf17470-20261203T084521",
 "hash": "bb6c26d4f5b2561620760ed63a1636e9c199db8f62cf2ab51ca7fc0470617f67",
 "alg": "ed25519",
 "key_id": "2c38c21576235c14",
 "signed_at": "2026-12-03T12:39:38+00:00",
 "signature": "dL/1WgybLUU+KGs2PPvYxr580bobwyNZ1MpabJJ7+PaZzGSerF7keJ3i7L8hN5L4Mxn1TOMfnDdXBp0EVpWtAA=="
}
