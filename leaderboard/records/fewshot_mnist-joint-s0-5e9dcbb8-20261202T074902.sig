{
 "schema": "clbench.signature/1",
 "record": "fewshot_mnist-joint-s0-5e9dcbb8-20261202T074902",
 "hash": "c464cb1488b56f3938c26da511c1bb2a4cf0f10ab4bee93a7f0a0ec169cd00df",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-02T10:12:35+00:00",
 "signature": "to55kOH45yuw7Fg8oHaBG6ut8njyXrZYtgZe6j7tSSJSWLCBhb703QWSGoaM3DEXBafAS8pMozFnr8vDxkV/Cw=="
}
