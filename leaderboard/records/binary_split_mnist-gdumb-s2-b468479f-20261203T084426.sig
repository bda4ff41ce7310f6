{
 "schema": "clbench.signature/1",
 "record": "binary_split_mnist-gdumb-s2-b468479f-20261203T084426",
 "hash": "9e30e86d7fe95ab59f31dc2cabc023a1f02766fad75b24761c0a452c94750f1c",
 "alg": "ed25519",
 "key_id": "2c38c21576235c14",
 "signed_at": "2026-12-03T12:39:10+00:00",
 "signature": "86ifBeMoaRQ+xEtHQLwI/RR7tYdCd1T7KUUW/71yeUkbNN65AZ8OQgDNw+iH6VOtM3VKjVr/WN2fb1XrpR6OBw=="
}
