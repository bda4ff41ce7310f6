{
 "schema": "clbench.signature/1",
 "record": "permuted_mnist-lwf-s2-7c74c03f-20261203T164614",
 "hash": "c4867aeafc2702e539c569be4a40230ed63a43e7b8fdb1f48b111396f2797e14",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T17:12:47+00:00",
 "signature": "E330lcO0QI/xPYAR3I24GugeG9bM4TJ+SvAJRDZ4FkHwT9c5GgjuGwM7aEY1ApD5WPDuHFqTT8DTPk4DANjiCQ=="
}
