{
 "schema": "clbench.signature/1",
 "record": "split_animal_mnist-replay-s1-93715799-20261122T102023",
 "hash": "b048b0d5f6792ad77c93a08b2186b0bdddbfc2b68af9446fae79fb7e804a4657",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-01T21:55:03+00:00",
 "signature": "6j8EvesV2IF0cVTAvlyOqhoUQf7FBZ54/ifa5mJGZlk2TDFSzCt/5POZkYUo6P5AcoeWdfrll5P+1BUaYW2SBg=="
}
