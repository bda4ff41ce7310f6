{
 "schema": "clbench.signature/1",
 "record": "split_animal_mnist-si-s0-b13dd812-20261203T184434",
 "hash": "874e936024f810627d25eac106a0e64798518c96d48d4af73a67f94614a3919c",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T19:49:56+00:00",
 "signature": "T93p/xI55K577VWljomFz3SeaGuM+sH/P/iarxcp+19+T883ljw9BR61UUM90ugWaaYFXbCaaFU8uvvaTgj+BQ=="
}
