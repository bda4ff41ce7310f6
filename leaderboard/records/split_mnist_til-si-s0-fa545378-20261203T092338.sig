{
 "schema": "clbench.signature/1",
 "record": "split_mnist_til-si-s0-fa545378-20261203T092338",
 "hash": "71f5d6acd867fc4268324bb1bcc72c7248a107a933c2bf231534cf217c75aa9d",
 "alg": "ed25519",
 "key_id": "2c38c21576235c14",
 "signed_at": "2026-12-03T12:40:30+00:00",
 "signature": "nAUgnYLhCxgHhOmQveHvChV7xJtrExkvXkg8qO5l2IxMRRtGFWBOwbIwnZE7dZjvzytqOCiSGZ5s62EPGS+OAA=="
}
