{
 "schema": "clbench.signature/1",
 "record": "split_animal_mnist-mos-s0-9525e1d3-20261203T193039",
 "hash": "db96e54f4e843bff56c0c8c29074afc282136dfc84126daa6bbfedcd86610cc0",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T19:49:53+00:00",
 "signature": "aLkPjGXrZDbvj1UJJtQBs9xTeyIcLSGqbrfbfjYIY5YcaoIZdSYDeGaMhDCEYK5qSQUaXRJbxtmcmgB62M3CDw=="
}
