{
 "schema": "clbench.signature/1",
 "record": "gilcd_mnist-csfa-s0-e1a5e2e2-20261202T071824",
 "hash": "5bf012083b49757fa5ce173eea3a93584cd3ff629093d129858806e5b59f7bab",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-02T07:24:19+00:00",
 "signature": "bVjUsU0DtGxAF11tsxt6C9SQoTUNpKOejHr3bzJol+C4O/sTZuVAYGk9XsvhRiybY5mVe7jYeyIvBeHv4D+XAA=="
}
