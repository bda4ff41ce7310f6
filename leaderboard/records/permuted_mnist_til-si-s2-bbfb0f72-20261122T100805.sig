{
 "schema": "clbench.signature/1",
 "record": "permuted_mnist_til-si-s2-bbfb0f72-20261122T100805",
 "hash": "e78fc2225af00de9a7ec0b74926791c0e537253c75b3b77b8dee724f97502be2",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-01T21:55:03+00:00",
 "signature": "UDN/+fbOKHCAzAZelMMC36owKAITtyX9JUUM7dM7F5tJUkDiW71zZA9i31Oz94ZY+BZvyYSJrX9AE78T3H/iBw=="
}
