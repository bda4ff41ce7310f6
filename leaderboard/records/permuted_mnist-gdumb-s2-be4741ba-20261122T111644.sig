{
 "schema": "clbench.signature/1",
 "record": "permuted_mnist-gdumb-s2-be4741ba-20261122T111644",
 "hash": "30b8bbfd45b0f404d7ab9c99ef81307f4c377f8d2b9466a38b2c5cd4f8c854ff",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-01T21:55:03+00:00",
 "signature": "AtqRSdbaWOJEgX6BxAs2zpGdp+ucBVM4lcKsrYyE5bf+wYnpx1mk3VHaimpa/f0chA+mLYXms+Z2BiqLuKSHAQ=="
}
