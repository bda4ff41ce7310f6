{
 "schema": "clbench.signature/1",
 "record": "permuted_mnist_til-agem-s0-7b4eb2b6-20261203T192654",
 "hash": "0f7431a36d6165c83ce1f8854aa17aec1b92eee9ed090471ae41b3f49834c98c",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T19:49:43+00:00",
 "signature": "uT6OOIukn4O90jkIkSn4dgRKbxc39OMl1lK5fbaF2hwu5kxAwQbj1SAshTzE7dQeRvHcjX/3pbqb6nn52krLDw=="
}
