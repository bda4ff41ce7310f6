{
 "schema": "clbench.signature/1",
 "record": "split_mnist_til-clr-s0-4335aad0-20261203T173749",
 "hash": "89cf0ff399dd40a4a1277bb1439f765e0006ddd614fca94b64ec08101721d6c7",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T17:43:37+00:00",
 "signature": "ETJTodwUBnfliioCfFh/dAJVeoLKxIiQMsvnMAeau1Q9xK0e1ij8jtBqbszXWhwrVJLIerpATujVkCgS74gcCQ=="
}
