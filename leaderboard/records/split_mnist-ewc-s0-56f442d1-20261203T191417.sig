{
 "schema": "clbench.signature/1",
 "record": "split_mnist-ewc-s0-56f442d1-20261203T191417",
 "hash": "075ef7d508fff084ab6ddbfb4e16f18c96519fb4269dd6a3201b40bc7fdb68a0",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T19:49:58+00:00",
 "signature": "s7rJFR431ZMTp51kvITw68qomMkcY1ZFt4b6fMdp0d4pHNd4RIcqGXs7f7/O5w9CGaIb9AcJyI1mxsGR6sY0Cg=="
}
