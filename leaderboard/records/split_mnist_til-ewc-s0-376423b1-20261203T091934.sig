{
 "schema": "clbench.signature/1",
 "record": "split_mnist_til-ewc-s0-376423b1-20261203T091934",
 "hash": "fa15bdf01ce70ea84e6932b8a25884ccbf9785ffcd56ef3eebe250aac1badd7b",
 "alg": "ed25519",
 "key_id": "2c38c21576235c14",
 "signed_at": "2026-12-03T12:40:13+00:00",
 "signature": "+6IcM3ckAToLhWW2fCkoYTMB+iOCvNLseIoSNwUh2TPKFDrpi7xODowZlAMH8QnjvCaqCke2ib9hNa1CogYpCA=="
}
