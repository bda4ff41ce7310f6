{
 "schema": "clbench.signature/1",
 "record": "split_mnist-lwf-s1-416e0d21-20261203T190336",
 "hash": "fd43f3f7c77dbe186eb92f0ce1f65caacb040909201415bb3718b7e732f9b8c3",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T19:50:02+00:00",
 "signature": "U4ZeiuXHxkiZ90hpD/xBB665FMLH0dXN+PYOVQ+rdFOeTP2Jb+dG5e50rAJP29ncbSyI9vMhY5YsHywvFAzHCw=="
}
