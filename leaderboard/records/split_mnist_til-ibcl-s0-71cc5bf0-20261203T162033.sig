{
 "schema": "clbench.signature/1",
 "record": "split_mnist_til-ibcl-s0-71cc5bf0-20261203T162033",
 "hash": "f23df28ab5519fac4088525c28e4ee8f7577abdb5b64d105df72ca8dbbf2ba59",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T16:49:06+00:00",
 "signature": "Pu1GtJqWrsu9IsEzoqXBGRL/SlXtR/j6fLfSp2gLuiqLjvL4VUj0CJ08yY//jHyxy2t/reMSkn4AiLmUDqJaBg=="
}
