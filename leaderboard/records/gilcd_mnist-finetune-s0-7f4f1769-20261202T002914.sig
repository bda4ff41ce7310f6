{
 "schema": "clbench.signature/1",
 "record": "gilcd_mnist-finetune-s0-7f4f1769-20261202T002914",
 "hash": "c61a008432901b6c9f2a8e8b01525f0cac47ce443b618a55e3e2f9370eb0d679",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-02T01:39:19+00:00",
 "signature": "LGSaw4SxdPkGU+leCTNVr4pp97ahpoPSpisHIyG0vV9p1MIwtBE0lPjwJO//VP6j09KtBMvYfI59/GWxX3pAAg=="
}
