{
 "schema": "clbench.signature/1",
 "record": "split_animal_mnist-gem-s0-5998da2b-20261203T162315",
 "hash": "beab5868651b6ae8305bcad467cf860c53883839a53b3e0eb03b34a5141c0d3f",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T17:12:57+00:00",
 "signature": "SFNq8oZj7f2Blpb8sQnWAr5bBfqESiqLGwNHLALvhGMhRJL7XH1z5/FfBQhPDvieVxRaStr1lua46WWfKpqOCQ=="
}
