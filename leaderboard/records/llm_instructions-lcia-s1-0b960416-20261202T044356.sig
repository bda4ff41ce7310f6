{
 "schema": "clbench.signature/1",
 "record": "llm_instructions-lcia-s1-0b960416-20261202T044356",
 "hash": "3b3eec02812f52d648cec1a02bd4418c98ad1b0a1bb37997fee44a744c29c940",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-02T05:13:35+00:00",
 "signature": "gs+n2L+UPszUWCcg45X1d/C1ZVz6tHX7oYgmyxZI7fHu1l2YOAiEUVrOcP9AHNpNP00uGQHF98xStW1aOvL6Dw=="
}
