{
 "schema": "clbench.signature/1",
 "record": "split_mnist_til-der-s0-188113bb-20261203T190844",
 "hash": "22404fcca30b60a6f8fe0925bfd06f851075de275efbf38ba78a7ef1f435253e",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T19:50:08+00:00",
 "signature": "y+7cY/Y2fiWlolzS6OjaGSwsN2PU/cjiE5v6PpXNNhoGiSljaNb+c2YJyjx7wF/hVDBlzD4gWzIERf1guiQBAw=="
}
