{
 "schema": "clbench.signature/1",
 "record": "fewshot_mnist-mamba_fscil-s0-ddf82809-20261202T073249",
 "hash": "97c9e8445561b2bfb1453506f886f2f42501efe28669266def7718b6f8f4aa09",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-02T10:12:36+00:00",
 "signature": "4GhXsupZhQA9AIKpbhhA/Bz5F11+OZi4jib71DLAxKY6BwcQwBN4N5/csWL3yXaYdgeP/CogN2aXVCf5C2waAA=="
}
