{
 "schema": "clbench.signature/1",
 "record": "split_animal_mnist-ewc-s2-f0dae2ba-20261203T184833",
 "hash": "69b513159a329111b48d46fb85fdd373c61c636f216ee20c38d286777772853c",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T19:49:50+00:00",
 "signature": "6pHG8n9K0Lc0s13ldpVmiL4Qj4W0H11icz0sUVumGSZIEl4DmjyzYWr+/uVPU5dqVEWAV+b61IBmVuG+tPccCA=="
}
