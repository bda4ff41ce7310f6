{
 "schema": "clbench.signature/1",
 "record": "split_animal_mnist-gem-s2-9f9e4edb-20261203T185714",
 "hash": "9bbd503862050fa64ae73d7f1bc2457582deded6f91636b70786b6ac8dd85030",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T19:49:51+00:00",
 "signature": "ICGw8ukd9/tJ2wV3cNmYvDRrm2g/6lh4D9BCwLzdhVq3fFMyz3DhEEEQLddVqJlxq1Ngfie8O8lLhizSlMDJAw=="
}
