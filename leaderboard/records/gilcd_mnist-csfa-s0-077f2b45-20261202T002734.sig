{
 "schema": "clbench.signature/1",
 "record": "gilcd_mnist-csfa-s0-077f2b45-20261202T002734",
 "hash": "31178f4d93570a9bfa0e61faef2496d565f91e813c0bd42163fe0dce11fd312e",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-02T01:39:19+00:00",
 "signature": "4yG8mBe1lOraXrG1B8+H5MO0JViPwNqKe/VsMvsAWYKzmOMTi2dixGnYHwYaTZGJJWPkbGboT27bcKr9RRlSCw=="
}
