{
 "schema": "clbench.signature/1",
 "record": "split_animal_mnist-wa-s1-c1878603-20261122T110242",
 "hash": "5ee35749ca8d798afc35dbcd6bc0a5296eef925aec224441314c7bf5ff16984a",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-01T21:55:03+00:00",
 "signature": "EeBuapDmAFZ75vZXdCUN3sz5z+IWg1VjVIIsRgYCLemaIvACkd4R5MWyiNyu+UAS457R4e1ssnmOqtKBXQ5sBA=="
}
