{
 "schema": "clbench.signature/1",
 "record": "split_mnist_til-der-s1-f9821d5a-20261122T110726",
 "hash": "6c816cac17a3abe70072410f2eb1eaae391f31f8e06958ce1b1279648d08cbd5",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-01T21:55:04+00:00",
 "signature": "F64zV3mzLzDNYFGk1XGG3ZbA9Rq9c936oQzhMK7e/5pdlf4IBj/uh81ToN9EtS7BKC2tDrHXAqZmkQYnaq6FBQ=="
}
