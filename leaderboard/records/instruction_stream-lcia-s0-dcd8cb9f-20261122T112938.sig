{
 "schema": "clbench.signature/1",
 "record": "instruction_stream-lcia-s0-dcd8cb9f-20261122T112938",
 "hash": "f46d8c0e69e867e905467d53d657bab22cf1003ace9cce55565a19a31f2ba11e",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-01T21:55:02+00:00",
 "signature": "oEHAQTaZumn0TImhHb7wjwQV/IF0ayG8q0gbMXmta86AOc3FnIkVSMRndubF/LnRTxBG0Fdfqmk7UzyduFnMDQ=="
}
