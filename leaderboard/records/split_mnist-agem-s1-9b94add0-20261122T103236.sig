{
 "schema": "clbench.signature/1",
 "record": "split_mnist-agem-s1-9b94add0-20261122T103236",
 "hash": "d75dab572a3a422a1094e27028b3eb3716d9c1fba85d251a8dc12399d8dcb2e8",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-01T21:55:03+00:00",
 "signature": "bvVQ0QlkUxzxJifNm5TTp2yunQYQl9j7pqj1xMhoQW+G4RFuGVdForRU93SLuUh8O1bu1diRhEldMB31NnFhCA=="
}
