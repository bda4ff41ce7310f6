{
 "schema": "clbench.signature/1",
 "record": "si_blurry_mnist-finetune-s0-72dd5e4d-20261122T105024",
 "hash": "16476dd897130abd4e029cbc69b2513a8e7571d96e6ddd848a47e45db40fe7d5",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-01T20:18:11+00:00",
 "signature": "q8UKWh9RsrpAY+GEaniO6PRMsC6swAC8orQOh9nhxG0m0HbK1EB+fX5gdZFBCCYGKnSe0eXNd7jDoCepRiRQDg=="
}
