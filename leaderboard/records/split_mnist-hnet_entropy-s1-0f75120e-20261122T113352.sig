{
 "schema": "clbench.signature/1",
 "record": "split_mnist-hnet_entropy-s1-0f75120e-20261122T113352",
 "hash": "e322e093ddf4c4bd0ce77a60bd662678c149e75628dad9f83709be4dc0213b7d",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-01T21:55:04+00:00",
 "signature": "WSDtdsJ5sYhhc+e/GeKTuS6E+JILf17+KCtGdCEr5VeN35mvJh68fxtbrMEgDygj9wudMpAtHmRQ7HxR0U33CA=="
}
