{
 "schema": "clbench.signature/1",
 "record": "split_mnist-wa-s2-317395bb-20261122T110207",
 "hash": "df9f35bbeee5291b5aaa30aaabb45ae78aff41c6b7a339a206e319ed23cafbb0",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-01T21:55:04+00:00",
 "signature": "BoZHeMH2JdfcUiSdQsXGH7vVuGuCD6Ayficgs8gRGbOx/zzi7UrHYrfJAO9yPElGQ2fD9Llzgahq+rR5QRZkDw=="
}
