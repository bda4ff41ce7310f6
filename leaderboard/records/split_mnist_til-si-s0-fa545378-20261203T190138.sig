{
 "schema": "clbench.signature/1",
 "record": "split_mnist_til-si-s0-fa545378-20261203T190138",
 "hash": "c5a3242acf657f9dd2031eb3c43f5da7c36728b8d575d91de04d37eac6336bee",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T19:50:26+00:00",
 "signature": "Z3cfeqaSa5aKQCfepmf/QmcqsdHHJLyWpBjV95uUfMgPC5f3MxxfFN+Y3+R2PB3aPKI/GEX4xjIzF79I/TohAQ=="
}
