{
 "schema": "clbench.signature/1",
 "record": "permuted_mnist_til-si-s0-ae237a09-20261203T190901",
 "hash": "4b4526740088f0565ac59fd19e3266d9ae461993121dc851a0e05948673a0c72",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T19:49:48+00:00",
 "signature": "naroyh1LZkczyFGkAeHn/SV1iMSARAUewWyShfD5fbXJbKAdXN1ROCKyS9Ovex4PP3t0b096pI+jp7oAyKtbDA=="
}
