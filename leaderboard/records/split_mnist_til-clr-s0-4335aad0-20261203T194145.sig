{
 "schema": "clbench.signature/1",
 "record": "split_mnist_til-clr-s0-4335aad0-20261203T194145",
 "hash": "510249b4326d4893f5dcb109bec6114edfc2974ddad4ec676129e9407cd0e8c7",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T19:50:07+00:00",
 "signature": "7KcGjHc7D+pZbqLdJu3wbIYAZo5qisw2DQIP5zbYNZDhZoZ2k+8f+EUiv0rnxrU54fhltTSXGbC4+1GgExo0Ag=="
}
