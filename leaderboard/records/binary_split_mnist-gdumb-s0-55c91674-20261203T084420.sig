{
 "schema": "clbench.signature/1",
 "record": "binary_split_mnist-gdumb-s0-55c91674-20261203T084420",
 "hash": "9fdd15ae4a956c959f806443750fcbdf29508b3887b93806ce132d89d5c942a1",
 "alg": "ed25519",
 "key_id": "2c38c21576235c14",
 "signed_at": "2026-12-03T12:39:08+00:00",
 "signature": "/mnOYcfjzui/epJo1Va3iMwhAZHp5gj1Hq+SRyYeIiywj+1Bi0oLUvdMUoee2w3iC9bvI7FN0sulkTxqGgfPBg=="
}
