{
 "schema": "clbench.signature/1",
 "record": "split_animal_mnist-probe_joint-s1-375edc86-20261201T210137",
 "hash": "1c7f8bfa560f76300b4cae8e9d3beeccbbeaff7ca3f2015a5008d444bf8776b6",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-01T21:55:03+00:00",
 "signature": "S1F+llGWC2tGmxzpqiZK5A9q12Pt4zYPVlX4+lK509Wf1iDopssT+we5o8CzYAKLpj0A7gRMcSLpWRXpsM/XAQ=="
}
