{
 "schema": "clbench.signature/1",
 "record": "split_animal_mnist-probe_finetune-s0-d8c75d73-20261203T184503",
 "hash": "9005f26dcb83a728a7ad49aceb6633c69187c1b3d6bc93877bfaab64ec872d09",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T19:49:54+00:00",
 "signature": "eE6qf4EmjzfDDlAbgXTl5VgbS6PDEy5kEdYB7hxosansmkGOhdoqHuzH3rGHbLKs3fCMrNL64rgQJiotonsVAw=="
}
