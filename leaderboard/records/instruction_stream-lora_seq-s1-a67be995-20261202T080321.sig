{
 "schema": "clbench.signature/1",
 "record": "instruction_stream-lora_seq-s1-a67be995-20261202T080321",
 "hash": "93d13215750ef562fd23aa1aecc2ba1943082933641c96b1a7b647a8c056c81c",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-02T08:11:26+00:00",
 "signature": "qNVDnk5ZklhFMNemMrSVdiEMCHcBQvrPfGrlUOU8iwBIXXYTK0fjVErbwWhy2PscPttc5S+D9jhu+YApF1KVAQ=="
}
