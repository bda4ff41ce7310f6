{
 "schema": "clbench.signature/1",
 "record": "binary_split_mnist-naive-s1-0befaf9f-20261122T100315",
 "hash": "d101cff827070e1107a7ebe00f3170a00573615efd4a261bc343c5c9c00f1b32",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-01T21:55:02+00:00",
 "signature": "y4E3avoIIdhjkZ/XjN4b/H35MY4aHbe+ewZh2G0OxGYOsebWdCiE8sFtClCwrJaBFOoLxu3EuVq/Wmjm/fXsBg=="
}
