{
 "schema": "clbench.signature/1",
 "record": "permuted_mnist-gem-s0-9cca61bf-20261203T193411",
 "hash": "0d1b51bff38ebc4031daa5c4f0b1b964c93808b65510ad5009cbef41b05b4fa0",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T19:49:40+00:00",
 "signature": "92EMkqhSXIKvQ77nMPloCoPT8kr6SFcu+wCISQWtb3gxbfh+vrH8MG7PbNF6w+Q2GKnDeL7Ad5bYaAv0rKFFBA=="
}
