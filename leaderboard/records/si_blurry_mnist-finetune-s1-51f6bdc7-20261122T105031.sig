{
 "schema": "clbench.signature/1",
 "record": "si_blurry_mnist-finetune-s1-51f6bdc7-20261122T105031",
 "hash": "b5b5f2c4d4670632b2ca2181d3dd9b30f286ea82f10ec020927df8e28eaf7686",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-01T20:18:11+00:00",
 "signature": "Wr6+hXkK8gfOdYsYAhDa3ZXdoatCGPP8TfmPXIMYkA9woLbXjkxLFcD38YTinGd66qu8oiH7HDpq7IarH2tNCw=="
}
