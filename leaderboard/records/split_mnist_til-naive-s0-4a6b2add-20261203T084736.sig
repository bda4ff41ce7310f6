{
 "schema": "clbench.signature/1",
 "record": "split_mnist_til-naive-s0-4a6b2add-20261203T084736",
 "hash": "7d02fa344443dad30bb5b377345dcb40d9b82485bf16b5d614df77876f249097",
 "alg": "ed25519",
 "key_id": "2c38c21576235c14",
 "signed_at": "2026-12-03T12:40:24+00:00",
 "signature": "frHoJXkETjBmq5768/blao1UheAkBvYQfCyZSo+X80khq7I3peTXz5BmmPINQTnlmyK3ZYOclUfk3PwDggwqBQ=="
}
