{
 "schema": "clbench.signature/1",
 "record": "llm_instructions-lora_joint-s1-f5a3d8b0-20261202T032140",
 "hash": "0e0e7f59bb261d185c2305747bc3cae92b10f794db85902f7d4e972b1e60bdd7",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-02T05:13:29+00:00",
 "signature": "ti9swUNu/RdguwmVMBvybK80nwsnQZpUHEYT4je5WGlFJ7h1btr66GiFycB0z2A9OkYKgotwy/Pgx/s/P1H1AA=="
}
