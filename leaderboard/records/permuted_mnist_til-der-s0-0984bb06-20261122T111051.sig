{
 "schema": "clbench.signature/1",
 "record": "permuted_mnist_til-der-s0-0984bb06-20261122T111051",
 "hash": "ca25186da4a5fd204601ddd6a0a83a5d878fe009ace772a321c1cdd322a49287",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-01T21:55:03+00:00",
 "signature": "0braBOtE6FQ/VZPqJzKPS4CjC5SZeA94eq8jkK78MRolbu5jXWGYEn2D++KOntxcSxGcHzaRzewlWe7IXsO8DA=="
}
