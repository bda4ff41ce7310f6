{
 "schema": "clbench.signature/1",
 "record": "permuted_mnist-gdumb-s2-be4741ba-20261203T085053",
 "hash": "ab7bc7ada78c41d4920115c781aec1883af12812d7e51c8c26d988440f8fc95d",
 "alg": "ed25519",
 "key_id": "2c38c21576235c14",
 "signed_at": "2026-12-03T12:39:25+00:00",
 "signature": "knmrpp6JEUs7QBHuwiIw4J5D/ogROH5DStiEgbSWP7Kq/AYoixAc7d2CUzX8CXzrB9a7wkXfEDW1MX6g4cBpCQ=="
}
