{
 "schema": "clbench.signature/1",
 "record": "split_animal_mnist-der-s2-3c07a034-20261203T185234",
 "hash": "937369aa688517bc2945def01480c9137296eaadcab878040a5dc5553192cf47",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T19:49:49+00:00",
 "signature": "PIEeR5NAOHDyHgbBuQ8OnPT6yiwJAoM0h5WrjfNy1pfDkKY2+/tOwCbQo+/UKfLM5UqcsbHmPK/0vIHaqB4CCA=="
}
