{
 "schema": "clbench.signature/1",
 "record": "split_mnist_til-gdumb-s1-6c289062-20261122T140020",
 "hash": "d815e43ec1c26f95dd8fa5c3b891a24327eae19e4ca2bb24f9b243477aa148c5",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-01T21:55:04+00:00",
 "signature": "oK/bk/uDjeNoUv1pvywSt2/TppMI71Rt4A/lm7SrIa7j47KBj7LTjxv0MklD573+os6yaJw8qQWADp4RCUmDBg=="
}
