{
 "schema": "clbench.signature/1",
 "record": "split_mnist_til-hnet-s0-86415c6b-20261202T032629",
 "hash": "13f4c2dc78e7e887c60bfe1416cbde42439aa37fca578f75076fa49a5d589731",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-02T05:13:25+00:00",
 "signature": "vGz44LSt+g3fBMsmKzWkigx1s9qKVNMQb0z0/gn8lLZifeaAXoY1M3YtSzGXOnbZBdlg61YeEXD7yc91ek1QAw=="
}
