{
 "schema": "clbench.signature/1",
 "record": "split_mnist-sema-s2-f92477ce-20261203T192756",
 "hash": "68887b7cd0c033ac632448c605d0f690ea54267a861d4b42326387256d9b04af",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T19:50:06+00:00",
 "signature": "K0YzBGvMBMT32iedUAefv8CX/yLKwOhxW9asdQQMkmtBEDHLiU3LXHtliSTteKA2v1A0qojSJ9SEao28GH79BA=="
}
