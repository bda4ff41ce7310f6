{
 "schema": "clbench.signature/1",
 "record": "split_mnist-si-s2-bcd33a3a-20261203T163226",
 "hash": "07a75d66225d7fae191dc9d932d548eb1e4a4f247257815bc1fa4600f07bd357",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T16:49:22+00:00",
 "signature": "Hkel/7++2qXsWqbvthREDKJcuq71Ld+qQ8j0PsORY9XAmNfPXNDltpoOELksRPnFi0pcrSpSQPJi3KRl0ltlDA=="
}
