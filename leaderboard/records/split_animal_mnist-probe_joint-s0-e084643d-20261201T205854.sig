{
 "schema": "clbench.signature/1",
 "record": "split_animal_mnist-probe_joint-s0-e084643d-20261201T205854",
 "hash": "cd6fa0976ee7f94fcb0ebc90a192dd235db94594af8c173a207e64d904513e0d",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-01T21:55:03+00:00",
 "signature": "XsTgZpe8V1LeP47PwCtQiLDOBnbToM4Jf0s82IIaG/J/pjDZAYuPAf5HkpXzHllY8YyX+6pg/sVFIdEY0VG9Bg=="
}
