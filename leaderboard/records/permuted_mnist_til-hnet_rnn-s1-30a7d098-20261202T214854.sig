{
 "schema": "clbench.signature/1",
 "record": "permuted_mnist_til-hnet_rnn-s1-30a7d098-20261202T214854",
 "hash": "62aaa81d584a85b41b2bb4b52691e641ad8b311d0e009585de0d770d0ab54e1a",
 "alg": "ed25519",
 "key_id": "2c38c21576235c14",
 "signed_at": "2026-12-02T21:57:20+00:00",
 "signature": "Y+Mo+V1iHSpbUl0Vj0HXE6kmKMU1sSoPfcK7f50CHLmD7SFXIc0MTSwFq6zmemnHdzpTyq2pgxfR3zkMPknBCQ=="
}
