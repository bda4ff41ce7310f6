{
 "schema": "clbench.signature/1",
 "record": "split_mnist-gacil-s1-b5d68672-20261122T110413",
 "hash": "89673d7c138bd135c15617daad6cdb8924bf103d4dce6d1013f413f0a530df75",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-01T21:55:04+00:00",
 "signature": "uW2LSNZoxWPmiqGVmlsk1zykvYyaMHhz07P42yDf8VLHsP06ceKxR9RogfdfOuUI6cAD9uzyrqCc7uphvsVADQ=="
}
