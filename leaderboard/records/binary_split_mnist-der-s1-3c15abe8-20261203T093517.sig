{
 "schema": "clbench.signature/1",
 "record": "binary_split_mnist-der-s1-3c15abe8-20261203T093517",
 "hash": "17fbade8969089c543213c6b70ffdd65fa50565c8c8717d8c64b8d4f0cf69203",
 "alg": "ed25519",
 "key_id": "2c38c21576235c14",
 "signed_at": "2026-12-03T12:39:00+00:00",
 "signature": "Er0smyvQ+mOUoAYwfkQibGPyAUhEFviRNAOxvwZibLi8Jd3w+xgcq/RprCR9z0UsnD1S+AGCkAkKwAjG3aJlCQ=="
}
