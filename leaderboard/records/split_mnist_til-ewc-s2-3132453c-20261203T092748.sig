{
 "schema": "clbench.signature/1",
 "record": "split_mnist_til-ewc-s2-3132453c-20261203T092748",
 "hash": "def6dc9baa0490f101a0b6bf755804b599207511eb2393704fa23d99602c9905",
 "alg": "ed25519",
 "key_id": "2c38c21576235c14",
 "signed_at": "2026-12-03T12:40:15+00:00",
 "signature": "jcrKjDr3yCYrf+frIyQdOrUW9ZXHJXlTAsupV7hewoCkFa8jprpz7nCSr+4egtu56WG9AA30yLPYROxBSezPBQ=="
}
