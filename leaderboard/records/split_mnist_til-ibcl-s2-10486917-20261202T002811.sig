{
 "schema": "clbench.signature/1",
 "record": "split_mnist_til-ibcl-s2-10486917-20261202T002811",
 "hash": "b66996b7f4d006ceec44471805e08c1bfca0c25158073a8ec3cf8d45acef93c3",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-02T01:39:19+00:00",
 "signature": "1QWXorQWHHdEjX/6M0TvOQgfRAUCkgpt/5HDUAYiVUhFjhtJstKK84FygQIQnAgOmrZEjyhKtLBbHikhA480Cg=="
}
