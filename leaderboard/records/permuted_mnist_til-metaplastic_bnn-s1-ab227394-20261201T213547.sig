{
 "schema": "clbench.signature/1",
 "record": "permuted_mnist_til-metaplastic_bnn-s1-ab227394-20261201T213547",
 "hash": "3e066ff434dc186c322fe4ac6ce7e99da98ad3b2941d3f0a109e45bc56899072",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-01T21:55:03+00:00",
 "signature": "bvsQkILVOWvAjoEZVoKYGJdsDWOxjhvmX+Oj4J4TbRdgzLEYSB152lLttynJvRiciD+aeN/JAKSNLVd/Bl3bAQ=="
}
