{
 "schema": "clbench.signature/1",
 "record": "split_mnist_til-gdumb-s0-9a1a238b-20261203T084534",
 "hash": "a02cac855fe6e31b9c84113d416dc4af0aae32ea84c60361bb02baa086465a57",
 "alg": "ed25519",
 "key_id": "2c38c21576235c14",
 "signed_at": "2026-12-03T12:40:19+00:00",
 "signature": "YVGTlvJGFT0q8KWqVqCCORkzRwgIVATxZU8rqixqYYL3Z4ZFumOp8i5xQSxYQaKHw4OM4WKVWfS/yPGYyayVAg=="
}
