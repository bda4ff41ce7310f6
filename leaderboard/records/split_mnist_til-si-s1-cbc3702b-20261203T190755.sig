{
 "schema": "clbench.signature/1",
 "record": "split_mnist_til-si-s1-cbc3702b-20261203T190755",
 "hash": "a03984777c7f6d2a6ca7a24b40385cacdb925d3469c5113d6f2602f7f38a9d3c",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T19:50:26+00:00",
 "signature": "A/iB5wcOL+wSvT6wLfMq0f3Hsopzvd+56XmfVVowLooAEf94jLSNwGWPFDWLGOSyfeY9Q50ag3UnMoF+uWLJDw=="
}
