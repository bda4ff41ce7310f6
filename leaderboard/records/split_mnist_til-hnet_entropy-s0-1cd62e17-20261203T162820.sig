{
 "schema": "clbench.signature/1",
 "record": "split_mnist_til-hnet_entropy-s0-1cd62e17-20261203T162820",
 "hash": "05bfdab017af1f429e980e39a1f7fdb34923c4916ef3de2903dd9248276adb5f",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T17:13:08+00:00",
 "signature": "56U6wqZWPFAxkabe1FMPJwR8Hieu/Y4+5+IBsLuzAw6J5g8JQF13tJhNDAWLzVndUMetInd7ZblMrQ2s7+TKCQ=="
}
