{
 "schema": "clbench.signature/1",
 "record": "si_blurry_mnist-gacil-s0-32f72538-20261202T010023",
 "hash": "fdcf34811c2a357a8a6cef7d001280ff85c6a4d7a4f22bad10d39b6542a6c712",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-02T01:39:19+00:00",
 "signature": "6IMcahVyGs1rEHacX6i/SEKJzRP2jfoKElbmoNUsHhB2hkOZ/ZJzjgA9lFetvcLP5dW6wgL6PfRqheViizuOAA=="
}
