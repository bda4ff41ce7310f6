{
 "schema": "clbench.signature/1",
 "record": "cir_mnist-dualmix-s0-1fd34d15-20261202T081232",
 "hash": "886ba4071126d025901fa76f3017f20ada86100ff2fcad50789228be6d72c73c",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-02T10:12:30+00:00",
 "signature": "L7Qbfr+aLUfHjJ9IYVzDH3q/zaoxETLqu274pYbsRrMGnvcP977Un5D3e4d/U4AnIxDKPfbDQ/SGCKMJp6h2Aw=="
}
