{
 "schema": "clbench.signature/1",
 "record": "split_animal_mnist-naive-s1-6aca2df5-20261203T184524",
 "hash": "daa764d35e32711c80bcc3aac3a06f52fcbb5d90b185490ff93e256e1d48d087",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T19:49:53+00:00",
 "signature": "9UNf+w6/5MM0ghVGJhu1gu1zKZPvAyoDmpNd1FWEcf2se2HsvbCzW42KvUArKMZIknhh7mPVOwm7WDqdL3ztBw=="
}
