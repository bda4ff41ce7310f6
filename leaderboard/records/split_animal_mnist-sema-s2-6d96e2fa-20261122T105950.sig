{
 "schema": "clbench.signature/1",
 "record": "split_animal_mnist-sema-s2-6d96e2fa-20261122T105950",
 "hash": "6ed8a8adf17d68b4d9f77d52f11298274ae92b04a6f9324fea8cffe3d4c98429",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-01T21:55:03+00:00",
 "signature": "6fYkLSaDE/R3Y3uGFYo4WOoBwZaNjiiX9KNPM5sWBMneT7NuJC72zEiGURi20GXdAj9m3OxGieUI/eLuPDEyAQ=="
}
