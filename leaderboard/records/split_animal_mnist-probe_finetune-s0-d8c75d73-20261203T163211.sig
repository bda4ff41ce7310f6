{
 "schema": "clbench.signature/1",
 "record": "split_animal_mnist-probe_finetune-s0-d8c75d73-20261203T163211",
 "hash": "f5fbfec384d71bf86572d7d55d8386fe8859a374971dcfbb8bac0f0dbb2e9aff",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T16:49:15+00:00",
 "signature": "WCajDPEUJoToiDZ2q+UP0As10ZHIcCIpTOwit1Ds1b5Epj9iXSZigz+1NwzmUsDuDMs2HtFBZCY8JXtXFgDXCA=="
}
