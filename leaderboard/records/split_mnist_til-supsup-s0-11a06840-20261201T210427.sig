{
 "schema": "clbench.signature/1",
 "record": "split_mnist_til-supsup-s0-11a06840-20261201T210427",
 "hash": "793c780b6ca122502774ee8e343840e07d5494db22dec935ceaa51e75d030558",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-01T21:55:04+00:00",
 "signature": "dBejTZOkiv4F2wViZDJ+Vp+YDizZMxGDyn8gTwYnZe2kZklTlDhL6cjJ//EE3W3mlv9ZQg38t0M9DEj8XxJBAA=="
}
