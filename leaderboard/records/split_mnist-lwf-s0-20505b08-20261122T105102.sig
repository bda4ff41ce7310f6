{
 "schema": "clbench.signature/1",
 "record": "split_mnist-lwf-s0-20505b08-20261122T105102",
 "hash": "0faf5dede9be855dfc4a6531903fda2be4379c1fb07f0854bd5820c2d0e86acc",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-01T21:55:04+00:00",
 "signature": "EwWwWTafWDD7ReWMF9+oMamSs2AO7pAp3Q5F+5TwErOmVqv0WfLZPHgWbpIhTO5RwvrowrEjuf3WCHhfcWM8BA=="
}
