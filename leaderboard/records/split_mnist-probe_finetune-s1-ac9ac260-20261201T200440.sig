{
 "schema": "clbench.signature/1",
 "record": "split_mnist-probe_finetune-s1-ac9ac260-20261201T200440",
 "hash": "2f13b0e2def56c51358a1bcbeb2d2562162209aa0472c30e755a6782b4d3bb72",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-01T21:55:04+00:00",
 "signature": "2eXemCSckE6ko5FL4HVtnVDG134Ag/pmwOPiEPU4nMBay8B6hQU5vIBQ159v+pgx7zUGVflOohAO4r3TvXdOCQ=="
}
