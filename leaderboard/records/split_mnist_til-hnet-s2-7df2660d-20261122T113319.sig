{
 "schema": "clbench.signature/1",
 "record": "split_mnist_til-hnet-s2-7df2660d-20261122T113319",
 "hash": "cf2605dc3c607c9ce99b654a1a41f6c90501bd12b53acf226884b6cb2d5b8bf2",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-01T21:55:04+00:00",
 "signature": "PShWl2tBFd5Qs9HLv8EMMCKP61j7hv3D2lwwl2MCchYoU5ugNAO6O/cd49OYQbwsDRRGfaEn3Ce/J0ZGkvs3Bw=="
}
