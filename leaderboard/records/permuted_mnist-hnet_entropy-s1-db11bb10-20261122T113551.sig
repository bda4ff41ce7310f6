{
 "schema": "clbench.signature/1",
 "record": "permuted_mnist-hnet_entropy-s1-db11bb10-20261122T113551",
 "hash": "3cebd066b51cf0dbdc8fbf6fd1682d06f696806d7522da4d803a9385a75d4552",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-01T21:55:03+00:00",
 "signature": "GbHvtekkdp2PqEyRT72XgFWdj9XT0GjpFFkdAftCIpwCV6Hx8c4qDSXALEaWkkXj/Q2AW93883RJEzUQfnFRBg=="
}
