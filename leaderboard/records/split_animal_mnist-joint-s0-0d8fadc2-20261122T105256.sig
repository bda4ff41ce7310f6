{
 "schema": "clbench.signature/1",
 "record": "split_animal_mnist-joint-s0-0d8fadc2-20261122T105256",
 "hash": "063abf153ccd971365fd1d3f593b46460c6e1ccf64103b405e1d2db451b3f640",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-01T21:55:03+00:00",
 "signature": "2oXMs5R50ZBYbDvYgm2VK436U9PlUookLfyeV9rfuKDFLljRaAPE7CY8HVe/WNNld08nCukqzc+zzvydNS5JAQ=="
}
