{
 "schema": "clbench.signature/1",
 "record": "split_animal_mnist-sema-s0-eb9d1a0b-20261203T165420",
 "hash": "aff55ef7a5509cbf00f9a764bffabfbd1f90915d468d243cfef5e274b741deb4",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T17:12:58+00:00",
 "signature": "fJWKJOxgPcS/tDADXVPPq8uVs1X/rJoeNs0vuP7upgcQv4QnnY29f4qtepNT00RDMts5sOhG5Ag9Llf0ucl0Dw=="
}
