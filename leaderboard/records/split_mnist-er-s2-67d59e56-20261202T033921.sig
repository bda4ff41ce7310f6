{
 "schema": "clbench.signature/1",
 "record": "split_mnist-er-s2-67d59e56-20261202T033921",
 "hash": "fa3da2867407af0421e06a4de53700e87f7357c3d14404e26ecae320dfe10c7f",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-02T05:13:18+00:00",
 "signature": "3qQ9TDYXwro6n5uMRpSghhtik9J9+m6l2SKAvWEW49RnQ65mFDi9vl/OzXLP8PcO5KWMKLKeZTx0T3WnogGdAQ=="
}
