{
 "schema": "clbench.signature/1",
 "record": "split_mnist_til-replay-s1-ce21e14a-20261203T190421",
 "hash": "7196ef5b5c4962aea38bb5e47d5f0f3a700a0ab291fdd1c395802138793f9f60",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T19:50:25+00:00",
 "signature": "71Ha5+OUGFiXmkzaQoRnFxQrLNwyBlyUw9iOuNNfJuTJU+ZGdQimuwUEORb0zBbizpGjXHxq0g9H4ktVZBrOAQ=="
}
