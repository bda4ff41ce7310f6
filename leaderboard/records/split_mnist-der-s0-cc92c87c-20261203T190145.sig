{
 "schema": "clbench.signature/1",
 "record": "split_mnist-der-s0-cc92c87c-20261203T190145",
 "hash": "450c8d8c4bc4c62bae81765635866ff346f742c2cf28a12a39e19c23c14bc8c7",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T19:49:57+00:00",
 "signature": "iTAP4Qz3c42fW4I/bQ0mUEHI9GVjQ3OVqSnmSVJreQ1mZV68/QPFV7U7h/+h7Ddu8q5elTuFOshx7v26KBXkCQ=="
}
