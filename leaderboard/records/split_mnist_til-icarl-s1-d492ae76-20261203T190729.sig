{
 "schema": "clbench.signature/1",
 "record": "split_mnist_til-icarl-s1-d492ae76-20261203T190729",
 "hash": "192529e269ea003021206745845887702026d574d3255eed64542a120ed00112",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T19:50:12+00:00",
 "signature": "gKhaP+Eocv40U4UzLfOw9cdS4wzRQ6DOwucjPdRlyVFIE66R2hgwLUASISaU7SAxpTYCqkxWPunW7TaOZDMRDQ=="
}
