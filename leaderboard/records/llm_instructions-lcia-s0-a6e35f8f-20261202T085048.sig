{
 "schema": "clbench.signature/1",
 "record": "llm_instructions-lcia-s0-a6e35f8f-20261202T085048",
 "hash": "02a2e97b4a4a43d7819d5b8ca3e45088ba598d19c49284d3a62d3ee092934578",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-02T10:12:45+00:00",
 "signature": "Mn4CYiQit6z1yodzDGA285XTr7oE65KlIjkEu+d6tlFZNMrtweMjAdQhxqo/0+5qLwO+7b5xVbT5TO2AJXIcAA=="
}
