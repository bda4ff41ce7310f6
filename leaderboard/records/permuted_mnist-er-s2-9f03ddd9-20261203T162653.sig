{
 "schema": "clbench.signature/1",
 "record": "permuted_mnist-er-s2-9f03ddd9-20261203T162653",
 "hash": "0a612323381063ff96f8bb43f78d81925af8d402c8d5a0b4d1fde812fc2f67e8",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T17:12:45+00:00",
 "signature": "Qdk+MB2p/RO1KDUXrkIFszN/O1nPkoeMro/Hb6qKs26xuff9XCnFCx4AMiLcRaaRMOcCF8gPlo5qHbLqvdYcCA=="
}
