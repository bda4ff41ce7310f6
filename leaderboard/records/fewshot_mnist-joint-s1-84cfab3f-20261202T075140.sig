{
 "schema": "clbench.signature/1",
 "record": "fewshot_mnist-joint-s1-84cfab3f-20261202T075140",
 "hash": "59d1457b2d8928932d055291924d8726fe8608beda5d20df69e40a493d782588",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-02T10:12:35+00:00",
 "signature": "rRqW0vC2uS4yp49P+T7NNUFNre1lAx9zv4/TTHN7r4JXfpVIbdPiafedify3swLeOiJxprdClvrrMMo3f8j9BQ=="
}
