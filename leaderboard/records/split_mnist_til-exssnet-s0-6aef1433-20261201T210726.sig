{
 "schema": "clbench.signature/1",
 "record": "split_mnist_til-exssnet-s0-6aef1433-20261201T210726",
 "hash": "7d9ec6f43cc90145a9b4012ec175f56325ce44b7b1b3d4b423e937b71de44fb0",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-01T21:55:04+00:00",
 "signature": "bo5JWy/8qRYqiSUQec1Y1aHlSl6IciGWc0nrR23JILMQJeaOdZxhtty6xqLce6Bz3jfzKnPW1Tiavu0NTFeyDw=="
}
