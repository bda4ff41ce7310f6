{
 "schema": "clbench.signature/1",
 "record": "split_animal_mnist-der-s0-ed41f32a-20261203T084614",
 "hash": "38979db3932dea59bc15261dd69e4575c7fffae0d3adfda885c68443da9cfa0d",
 "alg": "ed25519",
 "key_id": "2c38c21576235c14",
 "signed_at": "2026-12-03T12:39:30+00:00",
 "signature": "sT2nTYtM0UYS5Mg0rHG53+y0mHvChHSOsXmAQWFVl+a7nSYWunynSKEuKa2Z8LkB5RyIMfHCydiqsgL+lMjcBA=="
}
