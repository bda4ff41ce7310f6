{
 "schema": "clbench.signature/1",
 "record": "split_mnist-si-s2-37fd51a0-20261203T092430",
 "hash": "782074e84f91d2fd216c09daba3800745c309b6ffde3851a632b8462f603af68",
 "alg": "ed25519",
 "key_id": "2c38c21576235c14",
 "signed_at": "2026-12-03T12:40:08+00:00",
 "signature": "920f4ZqYnInKBVmNSnnMnq2FSH56tIlfEiNZOO73SZBu2uEltMs6uHB5yrtHgaeO8cVVh0M14KvWHBOAzA8BCA=="
}
