{
 "schema": "clbench.signature/1",
 "record": "split_mnist-si-s2-bcd33a3a-20261201T203050",
 "hash": "afb627c3b3f6b0d8410943c1b3890eccc8003a8a941fbbafd4eba9e0d9c3759f",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-01T21:55:04+00:00",
 "signature": "cguplh4XU/jPNuLu8wl83u+P4//32sv5/xbkE9gsoe+DQBlLW5FYtcOcGFWeIzoSsvFJ2lxE0mTN34cwXBrtDQ=="
}
