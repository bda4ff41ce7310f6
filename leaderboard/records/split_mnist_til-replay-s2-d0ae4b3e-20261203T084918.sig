{
 "schema": "clbench.signature/1",
 "record": "split_mnist_til-replay-s2-d0ae4b3e-20261203T084918",
 "hash": "b99b662df805a4ed6be375bf53e95b163a7d0acb8c208c87ec7541eaec0d6105",
 "alg": "ed25519",
 "key_id": "2c38c21576235c14",
 "signed_at": "2026-12-03T12:40:29+00:00",
 "signature": "L/byi28pa9J1ZRzHRMnQXww1jEGMFpbHYpqk5hPNLuN0w8PEEf/2sXfHmollWGyoN9iNl/ulHeS8bR1dQ9KoCQ=="
}
