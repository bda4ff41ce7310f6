{
 "schema": "clbench.signature/1",
 "record": "split_mnist-hnet_entropy-s2-198b641c-20261122T113406",
 "hash": "7a45d578eb8315a93faf87dc4a8bd4dd139ff0d2ed6bf3a227e85145731179f8",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-01T21:55:04+00:00",
 "signature": "peQD6IQ7vWRvw+0ltCjIwuclF4/lDZhndk8vTR0wfEIuGTxo3Z7GoxrJG2Lt4SJ9Tv+d8c2DhGZLz57iTrmRDQ=="
}
