{
 "schema": "clbench.signature/1",
 "record": "si_blurry_mnist-joint-s2-913bc983-20261203T163910",
 "hash": "c837ed626403b7676db8f284fbc0cfd111c6d02914cc1ff08e544e8741791775",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T16:49:14+00:00",
 "signature": "fKK72VArpsFR0GeCw1wV8ONFkiGlcXY7rxDs3GKy9tafCblpdc45Vb2gNJeWSCaCwd/ze+3cojq1YgShRpMpBA=="
}
