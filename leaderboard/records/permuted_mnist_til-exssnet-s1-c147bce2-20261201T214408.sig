{
 "schema": "clbench.signature/1",
 "record": "permuted_mnist_til-exssnet-s1-c147bce2-20261201T214408",
 "hash": "072f7f46c36a78e4473d2e6e92d19291d02f6f5b7efcacdfd53a21ecf26615bd",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-01T21:55:03+00:00",
 "signature": "sveOvVN1poc4U/+kWYO4/y5obskX3BfvluIZRisaNiQrV+10monH1gM19SIGY7Jxh2U9zSb6jpEH4God7EUQDg=="
}
