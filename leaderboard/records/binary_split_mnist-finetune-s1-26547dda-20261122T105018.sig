{
 "schema": "clbench.signature/1",
 "record": "binary_split_mnist-finetune-s1-26547dda-20261122T105018",
 "hash": "09f5b00e09aa16c1509caefd8337430d108b3cd1f4b27415465afd54b65bfdad",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-01T21:55:02+00:00",
 "signature": "N/6fg71otMZnqxlb7EBJxIirwc6u/wiH3IHQoOyG6+vdOxjzcyajQUhg2mkvdWb+MLrXNeNT3qMaPI7yip9tDw=="
}
