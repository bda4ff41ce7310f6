{
 "schema": "clbench.signature/1",
 "record": "split_mnist-der-s0-cc92c87c-20261203T162413",
 "hash": "07dc7d155e04cbbeb6c73502f26c9406c6412a2de19963f35a52a4168185ab26",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T17:13:00+00:00",
 "signature": "kqT5gbWRmVelLY8mW5wirg+aF7sUOb9ldY7OGID7e1bZ4HDIPRhr1yB9stOukOAhaaAm0SO4PSoh+vyuAC78Dg=="
}
