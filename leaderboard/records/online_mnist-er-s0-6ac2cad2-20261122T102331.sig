{
 "schema": "clbench.signature/1",
 "record": "online_mnist-er-s0-6ac2cad2-20261122T102331",
 "hash": "77dbfed14e2f85fa7198b67398d21d9590856282c1c10b37211a9593883eef82",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-01T20:18:07+00:00",
 "signature": "CrGuy5EuHTtZpwL3w9z1kv63hKCfrvv7HQfNa/D/gilg9IwxdAo3uKzUscYlxcotm7TIXxt4bAE2NOkHAymcBA=="
}
