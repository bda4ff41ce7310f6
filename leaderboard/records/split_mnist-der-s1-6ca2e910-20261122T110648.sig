{
 "schema": "clbench.signature/1",
 "record": "split_mnist-der-s1-6ca2e910-20261122T110648",
 "hash": "4c59a500fa3a4688a5bb95d483ee33743a1b879c21a7e4edf0407f37fe729799",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-01T21:55:03+00:00",
 "signature": "ObSMHRFdlr+NABY89P3jRvlRtSjc5dPzvUs262Mkm18P3HGFsulXnb5zpmvFMmQt8dGQHTRkzo4kLSmZNZZ3DQ=="
}
