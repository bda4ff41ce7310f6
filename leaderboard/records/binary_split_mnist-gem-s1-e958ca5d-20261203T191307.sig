{
 "schema": "clbench.signature/1",
 "record": "binary_split_mnist-gem-s1-e958ca5d-20261203T191307",
 "hash": "fb82a94c936a82f031fb0a426912fb79f17f705ceef740224e611315724bd753",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T19:49:32+00:00",
 "signature": "UkKuVX0gv3sTOcDBmgoAj9eIYRTIU5raoo9SaLE/GoCdFuwth4thTloFdtMXDkmt7w8wb3yVTVlFpIRcyYp+CA=="
}
