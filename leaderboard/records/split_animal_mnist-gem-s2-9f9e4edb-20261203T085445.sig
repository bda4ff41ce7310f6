{
 "schema": "clbench.signature/1",
 "record": "split_animal_mnist-gem-s2-9f9e4edb-20261203T085445",
 "hash": "9e8b7a75dcc628ba023249fcc8ba07adde8e464ead09f6f72f7a41cc422dec28",
 "alg": "ed25519",
 "key_id": "2c38c21576235c14",
 "signed_at": "2026-12-03T12:39:39+00:00",
 "signature": "K2d2PgQwzDk65bkgnvu0JNJzVT+tky45rkUOtoLA22D7YApOfQHEEeYOgCDil6SQdFrNDU8RLYVpp5xLpLiNBQ=="
}
