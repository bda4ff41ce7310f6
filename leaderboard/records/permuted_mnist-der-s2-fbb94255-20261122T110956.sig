{
 "schema": "clbench.signature/1",
 "record": "permuted_mnist-der-s2-fbb94255-20261122T110956",
 "hash": "bb8ffb1b046a5355577c3af5b62d77ad37c45b389cad3dd0a611913bf14c7ce8",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-01T21:55:02+00:00",
 "signature": "VPAJX0i+rYO9PRfLOqXLo9c6OKJcu9GGpgwo7lyJKx8xzoDKorVurCKcEDI1uqBr+VEDwAuDvJYlCgGltcAZBg=="
}
