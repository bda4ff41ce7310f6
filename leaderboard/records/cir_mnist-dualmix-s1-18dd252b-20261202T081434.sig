{
 "schema": "clbench.signature/1",
 "record": "cir_mnist-dualmix-s1-18dd252b-20261202T081434",
 "hash": "63423f4e1f7a149ab563315ce1f7c361d29707a91458a0b72df401501fe9778e",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-02T10:12:30+00:00",
 "signature": "5XtHrIa0Iozz1w/Or20kc514ERL4yesoKjPEX+We7elDe+Qlvmrv1K/A+jN80ghFRHhvcceQkPFbU201D0XYCw=="
}
