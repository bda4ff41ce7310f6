{
 "schema": "clbench.signature/1",
 "record": "split_mnist_til-supsup-s1-a10faf2a-20261201T211133",
 "hash": "c77efe5f48339c055d0d56cf24c57e7c13ea69217b3eadc3701eefbfe4a67879",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-01T21:55:04+00:00",
 "signature": "ChKnh84ufRQAdBfXsfLBdjqftgy5taQO5Bf/zsFxZJnR/z7gRK/rMOoiTW2Tzb3l2upuJZ/2LRiLbaNiW9xeCQ=="
}
