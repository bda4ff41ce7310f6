{
 "schema": "clbench.signature/1",
 "record": "split_animal_mnist-gem-s1-f6b9521e-20261122T104649",
 "hash": "e51d14ed7e11e9f5c6db8aed82fa30637c7f87c8a66d3e417e8e2f6e65260d8d",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-01T21:55:03+00:00",
 "signature": "nvIXvK0j9tRK2PK5ILcjnLbx4wCS4TtVC7e4xll3mfi0Twe2701UxrykmYZY72yC1d5GoqJI9ywuIJaj2bZhDQ=="
}
