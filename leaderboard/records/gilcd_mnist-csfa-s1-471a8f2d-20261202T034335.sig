{
 "schema": "clbench.signature/1",
 "record": "gilcd_mnist-csfa-s1-471a8f2d-20261202T034335",
 "hash": "26a3c31e73b4f5bc7a705d01f4fbcd8a0d69b59f059f39e75072fd02940e8e98",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-02T05:12:49+00:00",
 "signature": "ra+rNyWvdh3gqrkCDkGSk3yB5ChxtXhqBYDd1Ik/jpZF1SXIgc7nXfSFhHIY70YaDeB+q5YYWDf99NGK5A1vDQ=="
}
