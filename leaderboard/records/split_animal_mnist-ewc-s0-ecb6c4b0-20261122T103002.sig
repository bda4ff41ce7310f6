{
 "schema": "clbench.signature/1",
 "record": "split_animal_mnist-ewc-s0-ecb6c4b0-20261122T103002",
 "hash": "86e7b29c7d3e10cc06407089229b3d3ff594de8309e359357d105ebefe71a01b",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-01T21:55:03+00:00",
 "signature": "dhUCj84M31EZai1IrNphYZH5P40MRlgcsYYbwhcnfCi4f7ySo/JhM2VDURcicSiHQIAwcF1Bq9szfwnpeum6Dg=="
}
