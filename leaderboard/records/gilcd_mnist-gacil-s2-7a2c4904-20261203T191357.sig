{
 "schema": "clbench.signature/1",
 "record": "gilcd_mnist-gacil-s2-7a2c4904-20261203T191357",
 "hash": "8927ba2ada6ec9895ff0325b32ab77837470bcf053570cc2fe6c5bd625fda50c",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T19:49:37+00:00",
 "signature": "u3MxAG6ct23lH7+Ki9SuXJtmxcQKP0VO5A0GOvPd08/GbfVp97Qpk2omwB4ct+o0JFMTbfVToxMwz+T8j8LABw=="
}
