{
 "schema": "clbench.signature/1",
 "record": "split_mnist_til-der-s0-188113bb-20261122T110713",
 "hash": "a1ebf786fe4e18889614711e433e78639a0171deb28e7a8696f3ea9f5684a459",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-01T21:55:04+00:00",
 "signature": "ZhEpXBM+OsA5PW6l0eGYc4EN1gYYT3Aj3CuammEpqAGyOlG/oLzvR+n4ve6T2qP8cdvINSt+6isFunjSZ2ugBA=="
}
