{
 "schema": "clbench.signature/1",
 "record": "split_animal_mnist-mos-s0-9525e1d3-20261203T171054",
 "hash": "91a6df1b8725a2828ad581660923996eae5aa69edb7f2ff8f2e5d7fb98499582",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T17:12:58+00:00",
 "signature": "Hto29FA36qhMCwprnJLYUE9eG/qu75eH2e7RILWAkN7JIa+HuJIegwCIH3teIPQIcdjMAhA+D3/DbNKLMz4LBQ=="
}
