{
 "schema": "clbench.signature/1",
 "record": "split_animal_mnist-probe_finetune-s2-6d5eb07a-20261203T163049",
 "hash": "1668d64b07785a9b0b938ec66221f30d7260b22174b0233a7b81334cabc38c50",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T16:49:15+00:00",
 "signature": "W6fw0TeFkyYbdfdv0aLEJQPaZ30u3cMG6kNU4Hz7QyI+1EvXv7t+/+OBzSf+SvVOaHVzLpWBeuI6iQdJvRuXAg=="
}
