{
 "schema": "clbench.signature/1",
 "record": "split_mnist-replay-s0-a4c7805d-20261203T185705",
 "hash": "72bc4af08167bb59532ccd14de52d530bc95eaff8dc2c7d537dbb8cbe706e7c0",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T19:50:05+00:00",
 "signature": "U09IzWEiTN7Ae23SVf0VngKeBJH/b8Woru1+nPk6sLXLt3KUTyLnMXCYrN7gKD1dR8F72xAHt3FWdVzHsYzaBg=="
}
