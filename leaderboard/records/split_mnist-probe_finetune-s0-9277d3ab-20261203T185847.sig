{
 "schema": "clbench.signature/1",
 "record": "split_mnist-probe_finetune-s0-9277d3ab-20261203T185847",
 "hash": "12932f8bbc76875d003ceb835c8264bfe341f0a2a2cfe04cbfee6b381b9fbf50",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T19:50:03+00:00",
 "signature": "SGGClw1bN50mH3m2MF005phtB5pUzcSbDJBpPJdJFqXkyCSPPZJ7WYMqp7CaJEdlucwc7XQVYlR8EEnOnpRsDA=="
}
