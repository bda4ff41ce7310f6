{
 "schema": "clbench.signature/1",
 "record": "split_mnist_til-er-s1-007ab3fd-20261203T162312",
 "hash": "e659f06f214d29096b2de6721401ca1b34a2a292e058b1b794e8e02388f7f993",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T17:13:07+00:00",
 "signature": "7g2Tuo1JFkFJrnbUCOUF6qkw7FdL6OV7XHsg5MlvttjUlXqH2G0bKE7NwrKOXmr6999SadK3wQ9fDMYWrlU0Cg=="
}
