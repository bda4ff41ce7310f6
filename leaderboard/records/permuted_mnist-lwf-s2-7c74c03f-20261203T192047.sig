{
 "schema": "clbench.signature/1",
 "record": "permuted_mnist-lwf-s2-7c74c03f-20261203T192047",
 "hash": "310b7d1178352882ab88161897238a6b830d3b60ab48cd6695489853fdaefbde",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T19:49:41+00:00",
 "signature": "VeUeMSJoc9azd6ww+JHdCgOHbeejk7dcRl/iNEOU/NMI4dAzwVguRsFhzg10dkUEPEh6xRPjx6FM4/3ObPxvBw=="
}
