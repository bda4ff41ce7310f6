{
 "schema": "clbench.signature/1",
 "record": "permuted_mnist-der-s0-edd35f36-20261203T191723",
 "hash": "05f40b0b8d672c7b3ad90c0bdd2d714fccfea4730facd7a8d9aea5253d6d34b5",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T19:49:38+00:00",
 "signature": "Xi93+W12rxSkbJx5HZl9y24avSgnJLG2kQAwcuyOT+GDMFeuf0MJKHB9r5n0sEweJgq9adUgWP1hRTMCpmHFCg=="
}
