{
 "schema": "clbench.signature/1",
 "record": "binary_split_mnist-finetune-s1-26547dda-20261202T052027",
 "hash": "38d728e353c9a3f9d917557b50291ed7735e4bdc242f04d62491c0daa1265c3d",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-02T05:21:45+00:00",
 "signature": "zTaLiZOXI00/1wBDH3tsLx3+UetGjP2YFufohO4guHxsFRGqUV3gvMjdKnvsIvgtm9ujTLYU5BibmN+m7pR+Dg=="
}
