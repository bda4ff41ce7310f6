{
 "schema": "clbench.signature/1",
 "record": "split_animal_mnist-icarl-s1-32136d4f-20261203T084401",
 "hash": "dbe5b21077e4b55493b80ee432addcebc42aec26a45013a4f4976ffaf60a1cbc",
 "alg": "ed25519",
 "key_id": "2c38c21576235c14",
 "signed_at": "2026-12-03T12:39:41+00:00",
 "signature": "LWAYjj8oFZxRqEAauQGc7CKnIa9ak90T3Ddgp4vacPnuj2wztmn9IYARJgNHFRGzCbJ+KFZv6slVxOq7flRSBQ=="
}
