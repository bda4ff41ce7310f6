{
 "schema": "clbench.signature/1",
 "record": "split_mnist_til-clr-s2-2593350d-20261203T172959",
 "hash": "e93620819519584f5f5f71bc8b6d6f15cd6a74e4f1dff50528de0e799b709700",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T17:35:44+00:00",
 "signature": "2gPTSNUP1q6YRAcRNcbjFcNjYT80slZIpyhCg5+hKfBGehiFz6YyeimqFPduy4J0xxpNHqcIh8Abd0UuLDJHBQ=="
}
