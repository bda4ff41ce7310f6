{
 "schema": "clbench.signature/1",
 "record": "split_mnist-gacil-s2-b10ada7c-20261203T193005",
 "hash": "5637ff04388d090963d6773116b7edb28e69e7b5cdcbb6107d113f2a46c38c97",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T19:49:59+00:00",
 "signature": "KS9Kh7OTk8+vprHQvYG4cW/aZszzhQkSvYHnfFk29fyxW5JgpC5KSSuuBPM14ehppmKMyYb7pac8OsQrPwX3Bw=="
}
