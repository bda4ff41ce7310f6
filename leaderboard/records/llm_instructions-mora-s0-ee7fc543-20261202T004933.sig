{
 "schema": "clbench.signature/1",
 "record": "llm_instructions-mora-s0-ee7fc543-20261202T004933",
 "hash": "2788a5c555bf241d21cebb4bc2e5659d787c8a6c89476a6002a86b09966d3093",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-02T01:39:19+00:00",
 "signature": "ogYywngM3HcLFijsJga2h7Xwh5J9LpClNrgbOo8R4/vARTqApRQvyrgZq8gvC1AW4V+xwX0RFqxPmWZQGgtVDA=="
}
