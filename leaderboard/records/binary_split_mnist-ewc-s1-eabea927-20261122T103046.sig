{
 "schema": "clbench.signature/1",
 "record": "binary_split_mnist-ewc-s1-eabea927-20261122T103046",
 "hash": "c9276d513ff7d89e26a4dc6d501420206bee03486cae09a46a792ff36d7e8999",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-01T21:55:02+00:00",
 "signature": "r/zQ0+/kYd4ImsEgAAj04WTTDcFMdT99RwAyPs3Kf80ap37c5BeUIXrWPFFbNoBBcE1k/99XDFnZbzrdoRfTAg=="
}
