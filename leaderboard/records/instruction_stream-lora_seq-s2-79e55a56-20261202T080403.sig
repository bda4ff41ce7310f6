{
 "schema": "clbench.signature/1",
 "record": "instruction_stream-lora_seq-s2-79e55a56-20261202T080403",
 "hash": "e548ccdc5719be69cfe16782f64035a751058667eee52e32749c8aa83f00c687",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-02T08:11:26+00:00",
 "signature": "5gLfSmFW1728VYQl+yDqAVCYyWI8qOPmZo0Ms85rlsoKH9kIYMt+ehP0Pvt1xoir9jy/fAa81+U5Geneqi7DBA=="
}
