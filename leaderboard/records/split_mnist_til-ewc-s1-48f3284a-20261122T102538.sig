{
 "schema": "clbench.signature/1",
 "record": "split_mnist_til-ewc-s1-48f3284a-20261122T102538",
 "hash": "df5e0ffdf6f02f320158f0baf858a71378ad2eb3de51617436eda213aded68eb",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-01T21:55:04+00:00",
 "signature": "RwvJFfYRzRnPrTCpDdLbeDqieSLbWZL+5puwKzKJlgVSfoC/sZps3LofH3dGklNZycA0tTBJiWfBxUbuH2PQAw=="
}
