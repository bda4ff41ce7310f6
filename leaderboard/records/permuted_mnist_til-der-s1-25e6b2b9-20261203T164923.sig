{
 "schema": "clbench.signature/1",
 "record": "permuted_mnist_til-der-s1-25e6b2b9-20261203T164923",
 "hash": "da2022309e7acc7b84f0c0d16ebadd7a1dfbba5f606dd56089e4f0e8ddcbb660",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T17:12:50+00:00",
 "signature": "JfDWnJPaQmtmbzwpvzMsdTEM/Ljef/DoH+8O627tGeSXg+R+yEjBMvozSPAhCM9UMYZMp7WvBPB1sKD/80TDDg=="
}
