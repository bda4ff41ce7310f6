{
 "schema": "clbench.signature/1",
 "record": "binary_split_mnist-clr-s1-71f4933f-20261203T172447",
 "hash": "e670cb1141bad890bb2c59999254a07a761893f6036f5bf669505eed09e92e66",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T17:35:42+00:00",
 "signature": "2VBdB5sD5CUJukmZX5YJRsLfh7BAViYNIbYyvka2GskRYFVtU2NPgqIi9h27nQvX3LlqAJX+1nE4/cqd2o4ODg=="
}
