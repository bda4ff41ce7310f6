{
 "schema": "clbench.signature/1",
 "record": "fewshot_mnist-finetune-s2-5001aaa3-20261202T074737",
 "hash": "88fbc610e184e3b513f82962d752aec9ed0ef687b6b1bb32e68f1da25d0f1069",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-02T10:12:35+00:00",
 "signature": "K65j4EqvIZ7BJZDyqY9oCOn9hDGYnfRBLS+SAfw8wgMbQZTPcca3Yk4H4E6EWLp5z1z1jvuc8hujviNcaSxlAw=="
}
