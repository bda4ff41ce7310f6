{
 "schema": "clbench.signature/1",
 "record": "llm_instructions-lora_seq-s2-292b83b8-20261202T043115",
 "hash": "734f1bd3564c168cf6ec34228f5be69a5d2676aaa4a91bd36e4dc0d3843a6cb1",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-02T05:13:34+00:00",
 "signature": "vw50454ddiwSfO9grLEN9vEugMIbhmYAYIOynOp/HKqO+oBdt15z9z6ShIy4zh2+Ts64XJxOhOx/8tLwz1yRDg=="
}
