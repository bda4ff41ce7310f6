{
 "schema": "clbench.signature/1",
 "record": "si_blurry_mnist-joint-s1-dbd824ce-20261122T105359",
 "hash": "cfc932d6969478eaaab40fe4057fe0f1cfe8909998819b0c0ad8767f8b6d08c7",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-01T20:18:11+00:00",
 "signature": "00KfRLCbV8FmlBchP2uCarHsWZOeU8gv90qEHO0xjOZm+6R+cBImf8XE8qn8ZaNMsIVidmeSMpO89awBJb+rAA=="
}
