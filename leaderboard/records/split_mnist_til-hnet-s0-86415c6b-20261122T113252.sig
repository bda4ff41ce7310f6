{
 "schema": "clbench.signature/1",
 "record": "split_mnist_til-hnet-s0-86415c6b-20261122T113252",
 "hash": "953c5e7d07e6a4ead09fe33f27cdc685b270112b790e7a2b39bb86c98be40d1b",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-01T21:55:04+00:00",
 "signature": "2AjPGxUGEG9AFSveGWlwNYQt37p3qLAx8JGk0zdBCGvE9sf9UwACxsXpzqmVJfTuGMwdtTa2AlGhLCnFdgSJDQ=="
}
