{
 "schema": "clbench.signature/1",
 "record": "online_mnist-joint-s2-f2f1b3b7-20261202T004547",
 "hash": "29a493f4a68f9c183595b08b34ab8001085df033b2fbcb7cbbdaa97d468b14be",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-02T01:39:19+00:00",
 "signature": "7ZBP0Z/5V4Lc6X5mCcaNBk1D5S5h2eEkajnf9sly19XrzR7YpDtb8uAL0gMmdkonzwD7R+9SBXd0/8/xIs1RDQ=="
}
