{
 "schema": "clbench.signature/1",
 "record": "permuted_mnist_til-finetune-s2-7dd30154-20261203T162327",
 "hash": "77f8930e43907d6df90c561d5398abab4ebf51e08fcfea7cfaa1f9055b6e934d",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T17:12:52+00:00",
 "signature": "IpRYkXk/3HpFx/nRTA6ah0f+y8pKoYlr++fsKr1SoVKpUVboy6/V5PuN3dAhcha8ZuG/eFobrf3oU8s5YHuJAw=="
}
