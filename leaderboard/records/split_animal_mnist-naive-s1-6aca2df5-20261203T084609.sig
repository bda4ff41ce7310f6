{
 "schema": "clbench.signature/1",
 "record": "split_animal_mnist-naive-s1-6aca2df5-20261203T084609",
 "hash": "c2b23a8318aabc3cbcde497675f44e6fd27648e487c16f5377faec0cfad6a24d",
 "alg": "ed25519",
 "key_id": "2c38c21576235c14",
 "signed_at": "2026-12-03T12:39:49+00:00",
 "signature": "aH2gyT/JK5FVlWIqbGXIunp+kwW8NoCdITDcfZezgJhcOW+GGLnkNaMzaJZK8vKZ1Fk6Xi16qGMeGnh47WjLBg=="
}
