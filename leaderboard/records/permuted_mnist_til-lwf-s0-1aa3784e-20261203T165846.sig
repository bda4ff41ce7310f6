{
 "schema": "clbench.signature/1",
 "record": "permuted_mnist_til-lwf-s0-1aa3784e-20261203T165846",
 "hash": "1a339e5b6ebeaa21418f385ee3b5a0b6285ea9ca6ae0141bc9971526230d366a",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T17:12:54+00:00",
 "signature": "1JqZ8AvLRKzXL1ASAA8cJWm0FiklmHWenKxoCjj6JVQLfzxwvvyMJS8Opzsvf4ETjOA2dpxEsg6wf18T4XudAg=="
}
