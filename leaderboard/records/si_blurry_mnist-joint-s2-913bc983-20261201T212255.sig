{
 "schema": "clbench.signature/1",
 "record": "si_blurry_mnist-joint-s2-913bc983-20261201T212255",
 "hash": "8bdfd6193a71d21d2f0e4eb8fb446913d8b0c6ca59888feadd4eeeb012acd2c3",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-01T21:55:03+00:00",
 "signature": "gg2JaNNGinxLe8STRwnl6unIGXJvEzH/+ETHupIL/JJtnDofmruGUaTJyqo0XdcUzHa3c7bk4J5WJlgnfjLsAA=="
}
