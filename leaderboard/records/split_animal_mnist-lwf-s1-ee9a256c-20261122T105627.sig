{
 "schema": "clbench.signature/1",
 "record": "split_animal_mnist-lwf-s1-ee9a256c-20261122T105627",
 "hash": "3c7da0d916ea75d75cfbb69ea246944e04e85f463b2f34b02fc3b82a5987c1e2",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-01T21:55:03+00:00",
 "signature": "A/2FNZB5fhbau03MCHjsaIj0IA38cK/QD12/DTDx6ZJiWmZO2TNQhpi1IEjWJR1+dKdTafPRBDrRs/iSLPK3Dg=="
}
