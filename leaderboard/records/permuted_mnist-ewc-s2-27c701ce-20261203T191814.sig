{
 "schema": "clbench.signature/1",
 "record": "permuted_mnist-ewc-s2-27c701ce-20261203T191814",
 "hash": "ae17ccde12eac644c6add59275b8d63aeb480137248a1b892a3a0e5815d122e8",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T19:49:39+00:00",
 "signature": "SUzUMkkqOcE4Ltay5yIVam+bbQTLnTzXB9KxRn8X9+J0ZvPhxFoMqForqCHM7SIqe+1dVXJQwy4qRTXRXrOLDA=="
}
