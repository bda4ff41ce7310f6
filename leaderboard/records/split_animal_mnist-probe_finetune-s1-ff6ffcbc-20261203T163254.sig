{
 "schema": "clbench.signature/1",
 "record": "split_animal_mnist-probe_finetune-s1-ff6ffcbc-20261203T163254",
 "hash": "de1f125a7fccac33ab5d65d84eea3c121976ae5491c4491bd38689862ef18679",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T16:49:15+00:00",
 "signature": "pMg59JAGGa0Ms6rnd+6tvnNJLA11j5FNxv7CukTFZu1BD7s+2pj6s/rvus689oRK9xWddJKYldjRylU+nZJ4AA=="
}
