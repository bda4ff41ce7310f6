{
 "schema": "clbench.signature/1",
 "record": "split_mnist_til-si-s0-fa545378-20261122T100456",
 "hash": "62359a1c70d0d81cc608258228eda1d2c5a544a353f3f44daf2c0674f4458596",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-01T21:55:04+00:00",
 "signature": "V+H3LyWPD9lTGQ574mOIXFETzVBoiwrq19ZSPxjxXFRtnqW1m+Bk25A6g12Sx0XkM/iD8905nJEyupKOkrFpAA=="
}
