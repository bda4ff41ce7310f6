{
 "schema": "clbench.signature/1",
 "record": "permuted_mnist-der-s0-edd35f36-20261203T163831",
 "hash": "5fc7ceadabef9d8bd30b53ab6f766f1ab4fad79c04f284aff583db47a49857cc",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T17:12:44+00:00",
 "signature": "6kveXbDoR1qxoJeYG93wGWUzDoXPhPMM0/Di9chj65ZxftkDCS/1xQndflu+EIVI0voB2x1srBV1rbS3irEcCg=="
}
