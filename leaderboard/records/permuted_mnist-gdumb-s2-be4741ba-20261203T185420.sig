{
 "schema": "clbench.signature/1",
 "record": "permuted_mnist-gdumb-s2-be4741ba-20261203T185420",
 "hash": "2deb2c4bed3003032fb17bb383df44b9f15056353947fc353414034bb0137937",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T19:49:40+00:00",
 "signature": "04yh4fGkWOMqUleVBpnGfHVf6RpjAUWsKIJo/XxyJiHu2NJrKzzo/61cOGc41gGvnEy5HF3sFyl4hnYvIR3VCA=="
}
