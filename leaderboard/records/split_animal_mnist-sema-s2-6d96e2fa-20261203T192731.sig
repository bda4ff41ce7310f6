{
 "schema": "clbench.signature/1",
 "record": "split_animal_mnist-sema-s2-6d96e2fa-20261203T192731",
 "hash": "57f89c7c940588fb5ba80657c9bc8e1a181f5f452d88fdd2fa035a07f7f461c6",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T19:49:56+00:00",
 "signature": "V7COHWetfXWYm2fC5EdaGhGaTisFO7YDe2GRhn6/Gnc6NZ4yt0L+DDfToTWGLtAryYugOp1Xhb1AIvCEcIy4Dg=="
}
