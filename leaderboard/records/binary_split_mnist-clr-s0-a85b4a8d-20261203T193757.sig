{
 "schema": "clbench.signature/1",
 "record": "binary_split_mnist-clr-s0-a85b4a8d-20261203T193757",
 "hash": "13ce0442544ffb4757f0cce9a535c65adb2f9d601d0323b23949ee96d8fb2746",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T19:49:30+00:00",
 "signature": "TCRz7S3ZQQx/VTOnlIBrR1hqaaaG5ajrr8rqeh7eOYBWydH8yMl6+pQ0tdMrWIqxv/RgrLPVPzzHJ2xi+uExDQ=="
}
