{
 "schema": "clbench.signature/1",
 "record": "llm_instructions-lcia-s0-a6e35f8f-20261202T002157",
 "hash": "9cd1bc518231d2e05f2cb03e2a4f81a43a63ac07aa2896aaafb565611ba14281",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-02T01:39:19+00:00",
 "signature": "gFoWw4nUjrIDIxB9tXJjjFe9DTRuA/CnZ+ZATy9Yv+y64PsXkLG8ApXfQ+gIDmuKr0p1CYzQkAbufnKwllRPAQ=="
}
