{
 "schema": "clbench.signature/1",
 "record": "permuted_mnist_til-er-s0-8f18c8ee-20261203T162405",
 "hash": "786a16946de9aa1886076b08ded43af15a0278f9c48bc791a93fde4206add73a",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T17:12:51+00:00",
 "signature": "OwqPvm13CGN1HOdM6pXCHusBOQ5vBzp+SzfRtbP44bE0Oi4Gom6OEF00imqHdiw8VM/Q/hzQ+uwKthAiz50dCA=="
}
