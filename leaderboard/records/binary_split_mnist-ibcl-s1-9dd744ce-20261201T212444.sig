{
 "schema": "clbench.signature/1",
 "record": "binary_split_mnist-ibcl-s1-9dd744ce-20261201T212444",
 "hash": "c52905f32a6d5f99b576d0f8f2da74bebda210f7af6ed2228d36cfbc743bb275",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-01T21:55:02+00:00",
 "signature": "ysG1KV+O0fgiuPA6m/w5DMtBJe6wr8N88n1stKO7xjIV9xACAiLiVKIhOF7w4PaXbB30OxS2KobPj8wfuEDdAw=="
}
