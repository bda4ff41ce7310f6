{
 "schema": "clbench.signature/1",
 "record": "si_blurry_mnist-gacil-s0-32f72538-20261122T110108",
 "hash": "24e29e958f56b9f851cca982a2828be0a53f17b515462f454c236f04a347bf57",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-01T21:55:03+00:00",
 "signature": "r8yfe2U6qb77+X55XuKihsb4de0zv5ZWKX+KlrNqopEg2Gm7QY3g8a5jJfU4xcpaUuY54dkm5hc8dM8WdJCxBQ=="
}
