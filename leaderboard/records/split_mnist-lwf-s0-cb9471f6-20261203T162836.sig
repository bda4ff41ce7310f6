{
 "schema": "clbench.signature/1",
 "record": "split_mnist-lwf-s0-cb9471f6-20261203T162836",
 "hash": "3b04724c8d61025ce7881b552fc6ec579fc3e2dae453bc60909c0026cf3ce322",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T16:49:18+00:00",
 "signature": "nGuLc+mxKsV0oVzsqZMUkHkRf70C71qFcTeDv+diHL86RhYjc8L8axFLGLHFa7fl5xiAxWEYBq8aYrRj3CBmAg=="
}
