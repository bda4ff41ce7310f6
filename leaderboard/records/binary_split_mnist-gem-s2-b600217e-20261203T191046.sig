{
 "schema": "clbench.signature/1",
 "record": "binary_split_mnist-gem-s2-b600217e-20261203T191046",
 "hash": "e021bc7166b0c28a12ac308ee3199eef716cee813e24c5a039986f4cbde3889b",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T19:49:32+00:00",
 "signature": "M1Gc2N5S5fNYKd1mErNmXv7lQgHfrDY88NcWmU53Jm7uXgv5ASczisCc2qwHwTCnaObzotXSoFkyryfSpOt5Bg=="
}
