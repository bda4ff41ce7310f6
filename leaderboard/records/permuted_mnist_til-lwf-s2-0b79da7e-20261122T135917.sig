{
 "schema": "clbench.signature/1",
 "record": "permuted_mnist_til-lwf-s2-0b79da7e-20261122T135917",
 "hash": "32aab2f3e670ab3ac726151e8b8e682152a366c427e5a9456082abb364475ab0",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-01T21:55:03+00:00",
 "signature": "zhv9jGfC7V/RljDvfRrcqUKn4dJs1OLoDr5kmUzx57GGcwS+IBBeQM+j+UhEFNwXuGa82wrGI9oxlmf3PcJvBQ=="
}
