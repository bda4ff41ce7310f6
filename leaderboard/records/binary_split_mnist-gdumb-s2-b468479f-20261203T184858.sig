{
 "schema": "clbench.signature/1",
 "record": "binary_split_mnist-gdumb-s2-b468479f-20261203T184858",
 "hash": "0102263c1fefe0de890228750548cf77a25ff34d00116a5b81631e529b7df921",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T19:49:32+00:00",
 "signature": "33Z61zzy/0Ymvv2LhRjr2NEGpd341ikybN2mE9g9/WITaUStUetCs7a6Wtv4YNZctPEx0HhWhctw5ZjESPGNBw=="
}
