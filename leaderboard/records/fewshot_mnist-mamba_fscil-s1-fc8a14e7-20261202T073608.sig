{
 "schema": "clbench.signature/1",
 "record": "fewshot_mnist-mamba_fscil-s1-fc8a14e7-20261202T073608",
 "hash": "9e0bdbba681917d7b57ab8a6e74b686d0b76b0bd86b35b325be66ea97cbf5d03",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-02T10:12:37+00:00",
 "signature": "nr80cUZsPhX+IgRe32gfUhdn7Mfikkgk5Vd6YbMO6d4l4PnD/wmxI9aSiEoXyZJUhRBgPtJayYqhM5JHX3BGBg=="
}
