{
 "schema": "clbench.signature/1",
 "record": "split_animal_mnist-probe_joint-s2-2ee2a50d-20261201T210427",
 "hash": "62c63323edf41c30516361acb359047e97904383d2e424e2776c41c643af9f1a",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-01T21:55:03+00:00",
 "signature": "lwhwF3xG1QQNtAnBrIjNPoMppgjJo1R051WCnPyav1dwIoixRoB9vIIyDUJuXQGSIw5LJONUnnXPnFtkgLsEDA=="
}
