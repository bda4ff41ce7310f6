{
 "schema": "clbench.signature/1",
 "record": "split_animal_mnist-lwf-s2-2a250f0a-20261203T084652",
 "hash": "e1e45d9e134637bb2c2841fcddf12165a124813f86867487974e89e83ff50106",
 "alg": "ed25519",
 "key_id": "2c38c21576235c14",
 "signed_at": "2026-12-03T12:39:47+00:00",
 "signature": "Kwv3PB6JK98VWaeYKBdiJevAl9LtX9gEn3rYZuHfj5HJXXn3ABjKj9Jn5/3r8tsvfqDY0mZh1Blv7nNmcReRCg=="
}
