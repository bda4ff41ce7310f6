{
 "schema": "clbench.signature/1",
 "record": "gilcd_mnist-gacil-s1-2e380b89-20261203T192130",
 "hash": "49818c1fbaaaa81ec4f21bf9a46a694336242092f936c1106a8491641aee9296",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T19:49:37+00:00",
 "signature": "StYR/BosNa4XpMdP/O660/IFoz0dPXLLAHkRcDb0DwGnZ31EvAm3ipecNiPVHJ3qX4WIwz3Qi1TUvtHuCS4dAA=="
}
