{
 "schema": "clbench.signature/1",
 "record": "binary_split_mnist-finetune-s2-42a78db6-20261203T084545",
 "hash": "ea71eaae65eeb9530a24f99448ac13cc99e5ed9e9f3a5b8247235d7bb6df9d04",
 "alg": "ed25519",
 "key_id": "2c38c21576235c14",
 "signed_at": "2026-12-03T12:39:07+00:00",
 "signature": "AEJ+Dbg6hgQzhYBO4J3jo1oE7g7D/N+v/pWbLAL3Lw1oZ6uBPdlG4QwligkiLfTFmmy6ex33MCDXocy3iX0HAg=="
}
