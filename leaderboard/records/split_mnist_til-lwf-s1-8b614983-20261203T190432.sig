{
 "schema": "clbench.signature/1",
 "record": "split_mnist_til-lwf-s1-8b614983-20261203T190432",
 "hash": "dc87eb69544208990294b217ace76a8fc6e3d1b68dbecb0e6ebbd984543fdb83",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T19:50:12+00:00",
 "signature": "bHfrLfbi6awLKxwCrd7zuHXqL7sZPFskSLl7dyXTVfG7HEc7eTg91qE/ynT9OLhL7lN89st7QNGdKDA4ArWKAA=="
}
