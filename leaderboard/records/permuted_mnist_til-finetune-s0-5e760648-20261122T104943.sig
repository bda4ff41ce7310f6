{
 "schema": "clbench.signature/1",
 "record": "permuted_mnist_til-finetune-s0-5e760648-20261122T104943",
 "hash": "a27846bf3b08254766b9fcee25dcfe4a5ad8fd4c45f7f0762afdf06c41b5d0dc",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-01T21:55:03+00:00",
 "signature": "0Dlmd3oY+T/qIMVuNbQjKjuozlloIsv3DxayG8IlRNPjZfIMKOjZmsHtbUa5glbO9TyhVF9X9UAZvT5zdQqQBg=="
}
