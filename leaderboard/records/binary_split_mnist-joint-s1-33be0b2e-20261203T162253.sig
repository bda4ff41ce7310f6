{
 "schema": "clbench.signature/1",
 "record": "binary_split_mnist-joint-s1-33be0b2e-20261203T162253",
 "hash": "1cea5fdaac3cc26666d8cdafabf33ebaa0b0553777280b299801ef52a086f802",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T17:12:42+00:00",
 "signature": "2mDyYHZNFcPkpeJgRiY3OXxFEnbcdcsGBmdcAeEQa5zdNHDYM2M8ONt2ubbRfB13NaZHu+g43wmKvsO5mFIrCQ=="
}
