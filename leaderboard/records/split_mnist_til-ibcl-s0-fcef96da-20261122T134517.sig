{
 "schema": "clbench.signature/1",
 "record": "split_mnist_til-ibcl-s0-fcef96da-20261122T134517",
 "hash": "9552b421969934a619d2310e18586c39ab324ca28464074df71714c67ea2be04",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-01T20:18:13+00:00",
 "signature": "LDcumPQsZU4ZbpzNW/zi27l1aWo3IJAvUDbUKrK2lAIwawVlWGJUAU4JbuZWXDEViS+U5wojpPZ9W8ZiD7M5Dg=="
}
