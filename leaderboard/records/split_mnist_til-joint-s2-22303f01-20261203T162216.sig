{
 "schema": "clbench.signature/1",
 "record": "split_mnist_til-joint-s2-22303f01-20261203T162216",
 "hash": "4b2623804078f24db22f804720dfa4a26bf512df6c60d879473c150e5723acbc",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T17:13:10+00:00",
 "signature": "Lftvb3MLt5xPfoBczICR5IyWk+Ot/aKL4lBCekS45MsDCwdnkNJ8N2a9/Jdklow+FKvIQ/A9v/tmuiBCrbVGBQ=="
}
