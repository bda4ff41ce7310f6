{
 "schema": "clbench.signature/1",
 "record": "llm_instructions-mora-s2-e38e003c-20261202T074246",
 "hash": "d2c789db4d7a0bb5afe1ce688d052094e364f6a6fee9e08aa3ac26a85743e1d3",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-02T08:01:02+00:00",
 "signature": "ZI4v9sMLNpbBTLmzZ8ALcJprC6VpMJy/fkXNQBHbx5EkQbENUYoWmLlOmhwP3JLnYatqreTxrNZxVFyBuGdgAQ=="
}
