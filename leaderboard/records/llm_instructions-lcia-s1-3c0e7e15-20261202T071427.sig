{
 "schema": "clbench.signature/1",
 "record": "llm_instructions-lcia-s1-3c0e7e15-20261202T071427",
 "hash": "2534148dbe43cab0177e5060cbd887c994a9f171f2b0830b9f17e07bae0948e7",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-02T07:24:23+00:00",
 "signature": "h1qbbz2f0xoZSLOdK610/5Q3ma0OaTOgHoD01a31quZFM/cFa6gYMgpCBclpyOmzf/I4FOzcs2sDo+at2q33CA=="
}
