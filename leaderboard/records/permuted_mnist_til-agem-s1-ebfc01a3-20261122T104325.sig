{
 "schema": "clbench.signature/1",
 "record": "permuted_mnist_til-agem-s1-ebfc01a3-20261122T104325",
 "hash": "5b3cbd04a984b532f08e7e87e8ca4b3f33331ca9057c425c33cd3349b869ebe2",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-01T21:55:03+00:00",
 "signature": "3CQhKa4aI53xeniUZTapgXBclUqpotC37Bi2HsR2cmH099DZw/5LM/IolvlLCRnPan+ufAK1I+VqQVjB/2kIBQ=="
}
